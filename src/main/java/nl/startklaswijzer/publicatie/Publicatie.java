package nl.startklaswijzer.publicatie;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer to a publication: the version that now serves, the one it follows, what changed in words, how many
 * scenarios passed, and the sets built on it that now serve a new version too.
 */
public record Publicatie(String naam, String versie, String vorigeVersie, Instant tijdstip, String auteur,
                         String toelichting, List<String> wijzigingen, int scenarios,
                         Map<String, String> afgeleideSets) {
}
