package nl.startklaswijzer.dossier;

/** A startklas group: its name, where it is, and how many pupils it takes. */
public record Groep(String naam, String plaats, int capaciteit) {
}
