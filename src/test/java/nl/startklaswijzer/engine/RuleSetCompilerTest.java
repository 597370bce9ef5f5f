package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** What a policy owner is told when a file of a rule set is wrong: which file, which line, and what. */
class RuleSetCompilerTest {

    private static final Map<String, String> DEFAULT_FILES =
            RuleSetSource.read(Path.of("rules/cluster-brunssum")).files();

    private static final String VALID_RULE = """
            package regels;
            import nl.startklaswijzer.domein.*;
            import function nl.startklaswijzer.engine.RuleFunctions.geefReden;

            rule "proef-regel"
                @bron("Proeftekst, paragraaf 1")
                @status(AANNAME)
                @arrangement(STARTKLAS) @categorie(LEEFTIJD) @effect(AANDACHTSPUNT)
                @tekst("Geboren op {geboortedatum}.")
            when
                Kind( $geboortedatum : geboortedatum )
            then
                geefReden(kcontext);
            end
            """;

    @Test
    void theDefaultRuleSetCompilesWithEveryRuleDescribed() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(new RuleSetSource("cluster-brunssum", DEFAULT_FILES));
        assertEquals(47, ruleSet.rules().size());
        assertTrue(ruleSet.rules().stream().allMatch(r -> r.bron() != null && r.status() != null && r.tekst() != null
                && r.bestand() != null && r.regelnummer() != null));
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        List<CompileError> errors = errorsWith("kapot.drl", VALID_RULE.replace("then", "dan"));
        assertTrue(errors.stream().anyMatch(e -> "kapot.drl".equals(e.bestand()) && e.regelnummer() != null),
                errors.toString());
    }

    @Test
    void commonMistakesAreExplainedInDutchWithTheEnginesWordsAsDetail() {
        String leeftijd = DEFAULT_FILES.get("leeftijd.drl");
        CompileError syntax = errorsWith("leeftijd.drl", leeftijd.replaceFirst("then", "dan")).get(0);
        assertEquals("In regel \"startklas-leeftijd-doelgroep\" staat 'geefReden' op een plek waar het niet kan (kolom 4). "
                + "Controleer de haakjes en aanhalingstekens, en of 'when', 'then' en 'end' er staan.", syntax.melding());
        assertTrue(syntax.detail().contains("mismatched input"), syntax.detail());

        CompileError property = errorsWith("leeftijd.drl", leeftijd.replaceFirst(": peildatum,", ": peildatun,")).get(0);
        assertEquals("Casus kent geen 'peildatun' (in 'peildatun'). Controleer de spelling.", property.melding());
        assertEquals(19, property.regelnummer());

        String acties = DEFAULT_FILES.get("acties.drl");
        CompileError unbound = errorsWith("acties.drl", acties.replaceFirst("\\(\\$doelgroep \\* 12\\)", "(\\$jaren * 12)")).get(0);
        assertTrue(unbound.melding().startsWith("De waarde $jaren wordt gebruikt"), unbound.melding());

        CompileError method = errorsWith("acties.drl", acties.replaceFirst(
                "from \\$casus.startVanafLeeftijdInMaanden\\(\\$doelgroep \\* 12\\)", "from \\$casus.plusMonths(1)")).get(0);
        assertEquals("acties.drl", method.bestand());
        assertEquals("Casus kent geen 'plusMonths' met argumenten van het soort int.", method.melding());

        List<CompileError> duplicate = errorsWith("dubbel.drl", VALID_RULE + VALID_RULE.substring(VALID_RULE.indexOf("rule ")));
        assertEquals(1, duplicate.size(), duplicate.toString());
        assertEquals("Er zijn twee regels met de naam \"proef-regel\"; geef elke regel een eigen naam.", duplicate.get(0).melding());
    }

    @Test
    void aRuleThatLooksForLoosePupilsIsRefusedBecauseTheGroupIsOneFact() {
        List<CompileError> errors = errorsWith("proef.drl", VALID_RULE.replace("Kind( $geboortedatum : geboortedatum )",
                "Kind( $geboortedatum : geboortedatum )\n    Leerling( heeft(ComplicerendeFactor.WEGLOPEN) )"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Regel 'proef-regel' zoekt losse leerlingen (Leerling( ... )), maar de groep is één feit: tel haar "
                + "leerlingen met Startklas( $aantal : aantalLeerlingenMet(...) ).", errors.get(0).melding());
        assertEquals(5, errors.get(0).regelnummer());
    }

    @Test
    void pupilsOfTheGroupCanStillBeMatchedFromTheGroup() throws Exception {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put("proef.drl", VALID_RULE.replace("Kind( $geboortedatum : geboortedatum )",
                "Kind( $geboortedatum : geboortedatum )\n    $groep : Startklas()\n    Leerling( heeft(ComplicerendeFactor.WEGLOPEN) ) from $groep.leerlingen"));
        assertTrue(RuleSetCompiler.compile(new RuleSetSource("proef", files)).rules().stream()
                .anyMatch(rule -> rule.id().equals("proef-regel")));
    }

    @Test
    void aRuleWithoutSourceIsReportedAtItsLine() {
        List<CompileError> errors = errorsWith("proef.drl", VALID_RULE.replace("    @bron(\"Proeftekst, paragraaf 1\")\n", ""));
        assertEquals(List.of(new CompileError("proef.drl", 5, "Regel 'proef-regel': @bron(\"...\") ontbreekt.")), errors);
    }

    @Test
    void anUnknownStatusIsReportedWithTheAllowedValues() {
        List<CompileError> errors = errorsWith("proef.drl", VALID_RULE.replace("@status(AANNAME)", "@status(MISSCHIEN)"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).melding().contains("VASTGESTELD, WENS, VOORSTEL, AANNAME"), errors.toString());
    }

    @Test
    void aTextThatNamesAnUnboundValueIsReported() {
        List<CompileError> errors = errorsWith("proef.drl", VALID_RULE.replace("{geboortedatum}", "{leeftijd}"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).melding().contains("{leeftijd}"), errors.toString());
        assertEquals(5, errors.get(0).regelnummer());
    }

    @Test
    void aPluralFormForAValueThatDoesNotCountIsReported() {
        List<CompileError> errors = errorsWith("proef.drl", VALID_RULE.replace("{geboortedatum}", "{geboortedatum|dag|dagen}"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).melding().contains("{geboortedatum}, maar dat is geen aantal of lijst"), errors.toString());
    }

    @Test
    void aParameterWithoutStatusIsReportedAtItsLine() {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put(Parameters.FILE, files.get(Parameters.FILE).replaceFirst("(?m)^  status: VASTGESTELD\\n", ""));
        List<CompileError> errors = errors(files);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Parameters.FILE, errors.get(0).bestand());
        assertEquals(7, errors.get(0).regelnummer(), "the line of \"groepsgrootte:\"");
        assertTrue(errors.get(0).melding().contains("'status' ontbreekt"));
    }

    @Test
    void aTableWithAnUnknownCodeIsReported() {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put(Parameters.FILE, files.get(Parameters.FILE).replace("NIET_ZINDELIJK: 2", "NIET_ZINDELIK: 2"));
        assertTrue(errors(files).get(0).melding().contains("'NIET_ZINDELIK' is geen bekende code"));
    }

    @Test
    void aCatalogueArrangementWithAnUnknownNeedIsReportedAtItsLine() {
        List<CompileError> errors = catalogueErrors("MEDISCHE_ZORG, INTENSIEVE_BEHANDELING]", "MEDISCHE_ZORG, ZWEMMEN]");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(CatalogueFile.FILE, errors.get(0).bestand());
        assertEquals(lineOf(CatalogueFile.FILE, "MEDISCH_KINDERDAGVERBLIJF:"), errors.get(0).regelnummer());
        assertTrue(errors.get(0).melding().startsWith("Arrangement 'MEDISCH_KINDERDAGVERBLIJF': 'ZWEMMEN' is geen ondersteuningsbehoefte"),
                errors.get(0).melding());
    }

    @Test
    void aTypoInACatalogueFieldIsReported() {
        List<CompileError> errors = catalogueErrors("  aanbieder: het samenwerkingsverband\n", "  aanbiedr: het samenwerkingsverband\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).melding().contains("onbekend veld [aanbiedr]"), errors.toString());
    }

    @Test
    void aCatalogueArrangementMayNotTakeACodeOfTheContractOrOneTwice() {
        List<CompileError> contract = catalogueErrors("SBO:\n", "STARTKLAS:\n");
        assertTrue(contract.get(0).melding().contains("al een arrangement uit het contract"), contract.toString());
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        String catalogue = files.get(CatalogueFile.FILE);
        files.put(CatalogueFile.FILE, catalogue + catalogue.substring(catalogue.indexOf("\nSBO:")));
        List<CompileError> twice = errors(files);
        assertEquals(CatalogueFile.FILE, twice.get(0).bestand());
        assertTrue(twice.get(0).melding().contains("SBO"), twice.toString());
    }

    @Test
    void aRuleSetWithoutCatalogueHasNoArrangementsFromIt() throws Exception {
        // The voorbeeldregio switches its base's catalogue off.
        assertEquals(List.of(), RuleSetCompiler.compile(EffectiveSource.read(Path.of("rules/voorbeeldregio"))).catalogus().arrangementen());
    }

    @Test
    void aMissingSummaryIsReported() {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put(OutcomeSummaries.FILE, files.get(OutcomeSummaries.FILE).replaceAll("(?ms)^SPECIALISTISCH:.*", ""));
        assertEquals(List.of(new CompileError(OutcomeSummaries.FILE, null, "De samenvatting voor SPECIALISTISCH ontbreekt.")),
                errors(files));
    }

    @Test
    void allErrorsOfAllFilesAreReportedAtOnce() {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put(Parameters.FILE, files.get(Parameters.FILE).replace("waarde: 12", "waarde: twaalf"));
        files.put("kapot.drl", "rule \"zonder einde\" when then");
        List<CompileError> errors = errors(files);
        assertTrue(errors.stream().anyMatch(e -> Parameters.FILE.equals(e.bestand())), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> "kapot.drl".equals(e.bestand())), errors.toString());
    }

    @Test
    void aScenarioWithATypoIsReportedWithItsFile() {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put("scenarios/proef.yaml", "- naam: proef\n  casus: { kind: { geboortedatum: 2022-01-01 } }\n  verwaht: {}\n");
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> ScenarioFiles.read(new RuleSetSource("proef", files)));
        assertEquals("scenarios/proef.yaml", e.errors().get(0).bestand());
        assertTrue(e.errors().get(0).melding().contains("verwaht"), e.errors().toString());
    }

    @Test
    void theVersionIsAHashOfTheFiles() {
        RuleSetSource same = new RuleSetSource("a", DEFAULT_FILES);
        assertEquals(same.version(), new RuleSetSource("b", new HashMap<>(DEFAULT_FILES)).version());
        Map<String, String> changed = new HashMap<>(DEFAULT_FILES);
        changed.put(Parameters.FILE, changed.get(Parameters.FILE).replace("waarde: 12", "waarde: 10"));
        assertNotEquals(same.version(), new RuleSetSource("a", changed).version());
        Map<String, String> renamed = new HashMap<>(DEFAULT_FILES);
        renamed.put("leeftijd2.drl", renamed.remove("leeftijd.drl"));
        assertNotEquals(same.version(), new RuleSetSource("a", renamed).version());
    }

    private static List<CompileError> catalogueErrors(String text, String replacement) {
        String catalogue = DEFAULT_FILES.get(CatalogueFile.FILE);
        assertTrue(catalogue.contains(text), text);
        return errorsWith(CatalogueFile.FILE, catalogue.replaceFirst(java.util.regex.Pattern.quote(text), replacement));
    }

    private static Integer lineOf(String file, String start) {
        return SourceLines.lineOf(DEFAULT_FILES.get(file), java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(start)));
    }

    private static List<CompileError> errorsWith(String file, String text) {
        Map<String, String> files = new HashMap<>(DEFAULT_FILES);
        files.put(file, text);
        return errors(files);
    }

    private static List<CompileError> errors(Map<String, String> files) {
        return assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCompiler.compile(new RuleSetSource("proef", files))).errors();
    }
}
