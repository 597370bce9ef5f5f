package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.Leeftijd;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {

    @Test
    void valuesAreWrittenTheWayADutchReaderExpects() {
        assertEquals("Op 1 september 2026 is het kind 4 jaar en 1 maand; het heeft spraak-taal, gedrag en leerkrachtnabijheid nodig.",
                ExplanationText.fill("Op {datum} is het kind {leeftijd}; het heeft {behoeften} nodig.", Map.of(
                        "datum", LocalDate.of(2026, 9, 1),
                        "leeftijd", Leeftijd.inMaanden(49),
                        "behoeften", List.of(Ondersteuningsbehoefte.SPRAAK_TAAL, Ondersteuningsbehoefte.GEDRAG,
                                Ondersteuningsbehoefte.LEERKRACHTNABIJHEID))));
    }

    @Test
    void anEmptyListReadsAsNone() {
        assertEquals("behoeften: geen", ExplanationText.fill("behoeften: {lijst}", Map.of("lijst", List.of())));
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThrows(IllegalStateException.class, () -> ExplanationText.fill("{onbekend}", Map.of()));
    }
}
