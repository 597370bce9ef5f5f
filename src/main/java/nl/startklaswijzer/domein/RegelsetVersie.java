package nl.startklaswijzer.domein;

/** Which rule set, in which version, produced an answer. */
public record RegelsetVersie(String naam, String versie) {
}
