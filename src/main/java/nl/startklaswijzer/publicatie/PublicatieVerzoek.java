package nl.startklaswijzer.publicatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A change to publish: the set's files that change (a file given as null is removed), why, and the version the
 * change was made on, so that a change made on an older version is refused rather than silently undoing another.
 */
public record PublicatieVerzoek(
        Map<String, String> bestanden,
        @NotBlank(message = "Zeg in de toelichting waarom de regels veranderen.")
        @Size(max = 2000, message = "Een toelichting is ten hoogste 2000 tekens.")
        String toelichting,
        @NotBlank(message = "Noem de versie waarop de wijziging gemaakt is (basisVersie), zoals GET /api/v1/regelsets die geeft.")
        String basisVersie) {
}
