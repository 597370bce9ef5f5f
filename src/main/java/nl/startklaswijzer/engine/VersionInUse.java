package nl.startklaswijzer.engine;

/**
 * Told when a version of a rule set starts to serve, so that the history can keep it: the version, the one it
 * follows (null for the first), and the publication that brought it, or null when it was found in the rules folder.
 */
public record VersionInUse(RuleSet ruleSet, String vorigeVersie, Publication publication) {

    /** Who published a version through the service, and the note they gave with it. */
    public record Publication(String auteur, String toelichting) {
    }
}
