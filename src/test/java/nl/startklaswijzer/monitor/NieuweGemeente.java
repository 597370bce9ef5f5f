package nl.startklaswijzer.monitor;

import java.util.UUID;

/** A municipality name no other test uses, written as a person might type it: letters only, as a real name has. */
final class NieuweGemeente {

    private NieuweGemeente() {
    }

    /** The prefix followed by eight random letters: each hex digit of a random UUID becomes one of a to p. */
    static String met(String voorvoegsel) {
        StringBuilder letters = new StringBuilder(voorvoegsel).append(' ');
        UUID.randomUUID().toString().substring(0, 8).chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
