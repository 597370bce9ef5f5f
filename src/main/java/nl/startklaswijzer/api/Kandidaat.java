package nl.startklaswijzer.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A candidate rule set as a policy owner sends it: files by their path inside the set. With a basis, the files
 * change that set (a file given as null is removed); without one, they are the whole set.
 */
public record Kandidaat(
        @NotEmpty(message = "Geef ten minste één bestand, als \"pad\": \"inhoud\".")
        @Size(max = 500, message = "Ten hoogste 500 bestanden.")
        Map<String, String> bestanden,
        String basis) {
}
