package nl.startklaswijzer.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One municipality, one spelling: however a knooppunt member typed it, the monitor counts it once. */
class GemeentenaamTest {

    @Test
    void theSameNameInAnyCaseOrSpacingIsOneMunicipality() {
        assertEquals("Brunssum", Gemeentenaam.normaliseer("brunssum"));
        assertEquals("Brunssum", Gemeentenaam.normaliseer("  BRUNSSUM "));
        assertEquals("Brunssum", Gemeentenaam.normaliseer("BrunsSum"));
        assertNull(Gemeentenaam.normaliseer("   "));
        assertNull(Gemeentenaam.normaliseer(null));
    }

    @Test
    void dutchNamesKeepTheirSmallWordsHyphensAndIj() {
        assertEquals("Sittard-Geleen", Gemeentenaam.normaliseer("sittard-geleen"));
        assertEquals("Bergen op Zoom", Gemeentenaam.normaliseer("BERGEN OP ZOOM"));
        assertEquals("Alphen aan den Rijn", Gemeentenaam.normaliseer("alphen   aan den rijn"));
        assertEquals("'s-Hertogenbosch", Gemeentenaam.normaliseer("'s-hertogenbosch"));
        assertEquals("De Bilt", Gemeentenaam.normaliseer("de bilt"));
        assertEquals("IJsselstein", Gemeentenaam.normaliseer("ijsselstein"));
        assertEquals("Capelle aan den IJssel", Gemeentenaam.normaliseer("Capelle aan den IJssel"));
        assertEquals("Wijk bij Duurstede", Gemeentenaam.normaliseer("wijk bij duurstede"));
        assertEquals("Valkenburg aan de Geul", Gemeentenaam.normaliseer("Valkenburg aan de Geul"));
    }
}
