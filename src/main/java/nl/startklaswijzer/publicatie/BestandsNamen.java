package nl.startklaswijzer.publicatie;

import java.util.Map;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Weigering;

/**
 * The file names a publication may write: a .drl or .yaml file inside the set's folder (scenarios/ included), never
 * a path that climbs out of it, an absolute one, or a hidden file. Checked before anything else, so that a bad name
 * writes nothing.
 */
final class BestandsNamen {

    private static final Pattern SAFE = Pattern.compile("([a-z0-9][a-z0-9._-]*/)?[a-zA-Z0-9][a-zA-Z0-9._-]*\\.(drl|yaml)");
    private static final int MAXIMUM = 200;

    private BestandsNamen() {
    }

    static void check(Map<String, String> bestanden) {
        if (bestanden == null || bestanden.isEmpty()) {
            throw Weigering.ongeldig("bestanden", "Geef ten minste één bestand, als \"pad\": \"inhoud\".");
        }
        if (bestanden.size() > MAXIMUM) {
            throw Weigering.ongeldig("bestanden", "Ten hoogste " + MAXIMUM + " bestanden tegelijk.");
        }
        for (String naam : bestanden.keySet()) {
            if (naam.startsWith("/") || naam.contains("..") || naam.contains("\\") || naam.contains(":")) {
                throw Weigering.ongeldig("bestanden." + naam,
                        "Een bestand staat in de map van de regelset: geen absoluut pad en geen '..'.");
            }
            if (!naam.endsWith(".drl") && !naam.endsWith(".yaml")) {
                throw Weigering.ongeldig("bestanden." + naam, "Alleen regelbestanden (.drl) en YAML-bestanden (.yaml).");
            }
            if (!SAFE.matcher(naam).matches()) {
                throw Weigering.ongeldig("bestanden." + naam, "Een bestandsnaam bestaat uit letters, cijfers, '-', '_' "
                        + "en '.', eventueel in één map zoals scenarios/.");
            }
        }
    }
}
