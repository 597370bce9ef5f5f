package nl.startklaswijzer.monitor;

import java.util.Locale;
import java.util.Set;

/**
 * A municipality's name written one way, so that "brunssum", "BRUNSSUM" and " Brunssum " count as one: whatever the
 * case it was typed in, it gets the capitals a Dutch municipality's name has: every word and every part after a
 * hyphen, but not the small words (Bergen op Zoom, Alphen aan den Rijn, Wijk bij Duurstede, 's-Hertogenbosch), and IJ
 * as one letter (IJsselstein).
 */
public final class Gemeentenaam {

    private static final Set<String> KLEINE_WOORDEN = Set.of("aan", "bij", "de", "den", "der", "en", "het", "in", "op", "'s", "te",
            "ter", "van");

    private Gemeentenaam() {
    }

    /** The name as the monitor stores and groups it; null when there is none. */
    public static String normaliseer(String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        String[] woorden = naam.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < woorden.length; i++) {
            String[] delen = woorden[i].split("-", -1);
            for (int j = 0; j < delen.length; j++) {
                // The first word starts with a capital (De Bilt), except 's ('s-Gravenhage).
                boolean eerste = i == 0 && j == 0 && !delen[j].equals("'s");
                delen[j] = KLEINE_WOORDEN.contains(delen[j]) && !eerste ? delen[j] : hoofdletter(delen[j]);
            }
            woorden[i] = String.join("-", delen);
        }
        return String.join(" ", woorden);
    }

    private static String hoofdletter(String deel) {
        if (deel.startsWith("ij")) {
            return "IJ" + deel.substring(2);
        }
        return deel.isEmpty() ? deel : deel.substring(0, 1).toUpperCase(Locale.ROOT) + deel.substring(1);
    }
}
