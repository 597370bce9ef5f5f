package nl.startklaswijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Casus;

/**
 * A change to try: the files that differ from the serving set (null removes a file), and optionally the cases to
 * try it on; without cases, the set's own scenarios are used.
 */
public record ImpactVerzoek(
        @NotEmpty(message = "Geef ten minste één gewijzigd bestand, als \"pad\": \"inhoud\".")
        Map<String, String> bestanden,
        List<@NotNull(message = "Een lege casus is niet toegestaan.") @Valid Casus> casussen) {
}
