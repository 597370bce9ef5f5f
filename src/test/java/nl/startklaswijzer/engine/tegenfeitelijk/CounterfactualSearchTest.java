package nl.startklaswijzer.engine.tegenfeitelijk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.Proces;
import nl.startklaswijzer.domein.Startklas;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.domein.WatZouVeranderen.Mogelijkheid;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What would change the advice, found by re-running the rules: the smallest changes, bounded, never to the child. */
class CounterfactualSearchTest {

    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() throws Exception {
        ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
    }

    @Test
    void inTheContractExampleTheMoederschoolFitsWhenItsSopAlsoCoversBehaviour() {
        Casus casus = contractExample();
        WatZouVeranderen found = search(casus);

        WatZouVeranderen.WanneerPassend moederschool = arrangement(found, "MOEDERSCHOOL");
        assertEquals(Oordeel.NIET_PASSEND, moederschool.oordeel());
        assertEquals(1, moederschool.mogelijkheden().size());
        Mogelijkheid option = moederschool.mogelijkheden().get(0);
        assertEquals(List.of(new WatZouVeranderen.Verandering("SOP_DEKT_GEDRAG",
                "Het schoolondersteuningsprofiel van BS De Wissel dekt ook gedrag.")), option.veranderingen());
        assertEquals(Uitkomst.MOEDERSCHOOL, option.uitkomst());
        assertEquals(List.of("moederschool-sop-dekt-behoeften"), option.redenen().stream().map(r -> r.getRegel()).toList());
        assertTrue(found.volledig());
        assertEquals(7, found.geprobeerd(), "six single changes, of which two alter a reason and make one pair");
    }

    @Test
    void everyArrangementThatDoesNotFitIsAnsweredAndThoseThatFitAreNot() {
        Casus casus = contractExample();
        Advies advies = CaseEvaluator.advise(ruleSet, casus);
        WatZouVeranderen found = CounterfactualSearch.of(ruleSet, casus, advies);
        assertEquals(advies.arrangementen().stream().filter(a -> a.oordeel() != Oordeel.PASSEND).map(a -> a.code()).toList(),
                found.arrangementen().stream().map(WatZouVeranderen.WanneerPassend::code).toList());
        assertEquals(List.of(), arrangement(found, "SBO").mogelijkheden(), "SBO would take other needs, which never vary");
    }

    @Test
    void twoChangesAreFoundWhenNoSingleOneIsEnough() {
        Casus casus = contractExample();
        casus.getKind().setGemeente("Heerlen");
        casus.getKind().setComplicerendeFactoren(List.of(ComplicerendeFactor.WEGLOPEN, ComplicerendeFactor.TRAUMA));
        casus.getStartklas().setCapaciteit(2);
        casus.getStartklas().setLeerlingen(List.of(pupil(), pupil()));
        WatZouVeranderen.WanneerPassend startklas = arrangement(search(casus), "STARTKLAS");

        assertEquals(Oordeel.BESPREKEN, startklas.oordeel());
        assertEquals(4, startklas.mogelijkheden().size());
        for (Mogelijkheid option : startklas.mogelijkheden()) {
            assertEquals(2, option.veranderingen().size(), option.toString());
            assertEquals(Uitkomst.STARTKLAS, option.uitkomst());
            // The rules that would then apply: the startklas fits, and nothing weighs against it.
            assertTrue(option.redenen().stream().anyMatch(r -> r.getRegel().equals("startklas-plaats-vrij")), option.toString());
            assertTrue(option.redenen().stream().noneMatch(r -> r.getEffect() == Effect.BESPREKEN || r.getEffect() == Effect.NIET_PASSEND));
        }
    }

    @Test
    void noChangeTouchesTheChildsBirthDateOrNeedsNorTheCaseItself() {
        Casus casus = everything();
        String before = describe(casus);
        List<CaseChange> changes = CaseChanges.of(casus);
        assertFalse(changes.isEmpty());
        for (CaseChange change : changes) {
            Casus variant = CaseCopy.of(casus);
            change.apply().accept(variant);
            assertEquals(casus.getKind().getGeboortedatum(), variant.getKind().getGeboortedatum(), change.code());
            assertEquals(casus.getKind().getOndersteuningsbehoeften(), variant.getKind().getOndersteuningsbehoeften(), change.code());
            assertFalse(describe(variant).equals(before), change.code() + " changes nothing");
        }
        search(casus);
        assertEquals(before, describe(casus), "the search works on copies");
    }

    @Test
    void theSearchIsBoundedWhateverTheCase() {
        WatZouVeranderen found = search(everything());
        assertTrue(found.geprobeerd() <= CounterfactualSearch.MAX_VARIATIONS, "tried " + found.geprobeerd());
        found.arrangementen().forEach(a -> assertTrue(a.mogelijkheden().size() <= CounterfactualSearch.MAX_OPTIONS));
    }

    private static WatZouVeranderen search(Casus casus) {
        return CounterfactualSearch.of(ruleSet, casus, CaseEvaluator.advise(ruleSet, casus));
    }

    private static WatZouVeranderen.WanneerPassend arrangement(WatZouVeranderen found, String code) {
        return found.arrangementen().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /** The contract's example: a 4-year-old with spraak-taal and gedrag, not toilet trained, in a group with room. */
    private static Casus contractExample() {
        Casus casus = new Casus();
        casus.setPeildatum(LocalDate.of(2026, 9, 1));
        Kind kind = new Kind();
        kind.setReferentie("K-0042");
        kind.setGeboortedatum(LocalDate.of(2022, 8, 15));
        kind.setGemeente("Brunssum");
        kind.setOndersteuningsbehoeften(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL, Ondersteuningsbehoefte.GEDRAG));
        kind.setComplicerendeFactoren(List.of(ComplicerendeFactor.NIET_ZINDELIJK));
        casus.setKind(kind);
        Moederschool school = new Moederschool();
        school.setNaam("BS De Wissel");
        school.setKanVoorzienIn(List.of(Ondersteuningsbehoefte.SPRAAK_TAAL));
        casus.setMoederschool(school);
        Startklas group = new Startklas();
        group.setCapaciteit(12);
        group.setLeerlingen(List.of(pupil(ComplicerendeFactor.NIET_ZINDELIJK), pupil()));
        casus.setStartklas(group);
        Proces proces = new Proces();
        proces.setKnooppuntGehouden(false);
        proces.setToestemmingOuders(true);
        casus.setProces(proces);
        return casus;
    }

    /** Every need and every factor, an unknown SOP, a full group with every factor: the most there is to vary. */
    private static Casus everything() {
        Casus casus = contractExample();
        casus.getKind().setOndersteuningsbehoeften(Arrays.asList(Ondersteuningsbehoefte.values()));
        casus.getKind().setComplicerendeFactoren(Arrays.asList(ComplicerendeFactor.values()));
        casus.setMoederschool(null);
        casus.getStartklas().setCapaciteit(9);
        casus.getStartklas().setLeerlingen(Arrays.stream(ComplicerendeFactor.values()).map(CounterfactualSearchTest::pupil).toList());
        casus.getProces().setToestemmingOuders(false);
        return casus;
    }

    private static Leerling pupil(ComplicerendeFactor... factors) {
        Leerling pupil = new Leerling();
        pupil.setComplicerendeFactoren(List.of(factors));
        return pupil;
    }

    private static String describe(Casus casus) {
        return casus.getKind().getGeboortedatum() + " " + casus.getKind().getOndersteuningsbehoeften() + " "
                + casus.getKind().getComplicerendeFactoren() + " "
                + (casus.getMoederschool() == null ? "-" : casus.getMoederschool().getKanVoorzienIn()) + " "
                + casus.getStartklas().getLeerlingen().stream().map(Leerling::getComplicerendeFactoren).toList() + " "
                + casus.getProces().isKnooppuntGehouden() + casus.getProces().isToestemmingOuders();
    }
}
