package nl.startklaswijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Casus;

/**
 * A change to try: the files that differ from the serving set (null removes a file), and optionally the cases to
 * try it on; without cases, the set's own scenarios are used. Beside them, the advices recorded for the set in the
 * last maanden (12 unless given) show what the change would do to the real caseload.
 */
public record ImpactVerzoek(
        @NotEmpty(message = "Geef ten minste één gewijzigd bestand, als \"pad\": \"inhoud\".")
        Map<String, String> bestanden,
        List<@NotNull(message = "Een lege casus is niet toegestaan.") @Valid Casus> casussen,
        @Min(value = 1, message = "Kijk ten minste 1 maand terug.")
        @Max(value = 120, message = "Kijk ten hoogste 120 maanden terug.")
        Integer maanden) {
}
