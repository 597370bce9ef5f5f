package nl.startklaswijzer.api;

/** One thing wrong with a request: the field, as a path such as kind.geboortedatum, and what to do about it. */
public record Fout(String veld, String melding) {
}
