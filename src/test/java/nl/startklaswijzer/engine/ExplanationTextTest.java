package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.domein.ComplicerendeFactor;
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
    void aCountedPlaceholderTakesTheFormThatAgreesWithItsValue() {
        String template = "Er {aantal|zit al # kind|zitten al # kinderen} in de groep; de grens is {grens|kind|kinderen}.";
        assertEquals("Er zit al 1 kind in de groep; de grens is 2 kinderen.",
                ExplanationText.fill(template, Map.of("aantal", 1, "grens", 2)));
        assertEquals("Er zitten al 0 kinderen in de groep; de grens is 1 kind.",
                ExplanationText.fill(template, Map.of("aantal", 0, "grens", 1)));
    }

    @Test
    void aListCountsItsItems() {
        String template = "Bij het kind {factoren|speelt #|spelen #}.";
        assertEquals("Bij het kind speelt trauma.", ExplanationText.fill(template,
                Map.of("factoren", List.of(ComplicerendeFactor.TRAUMA))));
        assertEquals("Bij het kind spelen weglopen en trauma.", ExplanationText.fill(template,
                Map.of("factoren", List.of(ComplicerendeFactor.WEGLOPEN, ComplicerendeFactor.TRAUMA))));
    }

    @Test
    void aCountedPlaceholderNeedsACount() {
        assertThrows(IllegalStateException.class, () -> ExplanationText.fill("{school|school|scholen}", Map.of("school", "BS De Wissel")));
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThrows(IllegalStateException.class, () -> ExplanationText.fill("{onbekend}", Map.of()));
    }
}
