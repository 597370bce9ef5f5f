package nl.startklaswijzer.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.startklaswijzer.engine.CompileError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The first wall: what the shipped rules use passes; what a rule may not do is refused at its line, in Dutch. */
class RuleFileGuardTest {

    private static final String RULE = """
            package regels;
            import nl.startklaswijzer.domein.*;
            import function nl.startklaswijzer.engine.RuleFunctions.geefReden;

            rule "proef"
                @bron("Proef") @status(AANNAME) @arrangement(STARTKLAS) @categorie(PROCES) @effect(AANDACHTSPUNT)
                @tekst("Proef.")
            when
                %s
            then
                geefReden(kcontext);
            end
            """;
    /** The line of the first condition in RULE. */
    private static final int CONDITION_LINE = 9;

    @TestFactory
    Stream<DynamicTest> everyShippedRuleFilePassesWithItsRules() throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of("rules"))) {
            return paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                        CheckedRuleFile checked = RuleFileGuard.check(p.getFileName().toString(), Files.readString(p));
                        assertEquals(List.of(), checked.refusals());
                        assertEquals(List.of(), checked.parseErrors());
                        assertFalse(checked.rules().isEmpty());
                    }));
        }
    }

    @Test
    void theGuardTellsWhereEachRuleStarts() throws IOException {
        CheckedRuleFile checked = RuleFileGuard.check("groepssamenstelling.drl",
                Files.readString(Path.of("rules", "cluster-brunssum", "groepssamenstelling.drl")));
        assertEquals(10, checked.rules().get("startklas-groep-niet-zindelijk"));
    }

    @Test
    void singleImportsOfTheDomainAndJavaTimeAreAllowedAndNothingElse() {
        String imports = RULE.replace("import nl.startklaswijzer.domein.*;",
                "import nl.startklaswijzer.domein.Kind;\nimport java.time.LocalDate;");
        assertEquals(List.of(), refusalsOf(imports.formatted("Kind( geboortedatum.isBefore(LocalDate.of(2022, 1, 1)) )")));
        List<CompileError> refused = refusalsOf(RULE.replace("import nl.startklaswijzer.domein.*;",
                "import nl.startklaswijzer.engine.RuleSetRegistry;").formatted("Kind()"));
        assertEquals(2, refused.get(0).regelnummer());
        assertTrue(refused.get(0).melding().contains("'import nl.startklaswijzer.engine.RuleSetRegistry' is niet toegestaan"));
    }

    @Test
    void typosAreToldAsTyposAtTheirLine() {
        assertRefused("Kasus()", "'Kasus' is geen bekend soort feit. Bekend zijn: Casus, Kind,");
        assertRefused("Kind( geboortedatun != null )", "Kind kent geen 'geboortedatun' (in 'geboortedatun != null'). Controleer de spelling.");
        assertRefused("Kind( $d : geboortedatum )\n    Casus( peildatum.isAfter($datum) )",
                "De waarde $datum wordt gebruikt in 'peildatum.isAfter($datum)', maar geen patroon ervoor benoemt haar.");
        assertRefused("Kind( datum : geboortedatum )", "Een naam voor een waarde begint met $, zoals $leeftijd; 'datum' niet.");
    }

    @Test
    void membersThatChangeAFactOrReachFurtherAreRefused() {
        for (String constraint : List.of("Kind( setReferentie(\"x\") == null )", "Kind( ondersteuningsbehoeften.clear() )",
                "Kind( $g : geboortedatum, $g.datesUntil($g.plusYears(9999)).count() > 0 )",
                "Kind( geboortedatum == java.time.LocalDate.now() )", "Kind( referentie.repeat(1000000000) != null )",
                "Kind( wait() )", "Kind( hashCode() == kcontext.hashCode() )")) {
            List<CompileError> refused = refusalsOf(RULE.formatted(constraint));
            assertFalse(refused.isEmpty(), constraint);
            assertTrue(refused.get(0).melding().contains("is niet toegestaan"), refused.toString());
        }
    }

    @Test
    void codeShapesOutsideExpressionsAreRefused() {
        assertRefused("Kind( complicerendeFactoren[0] != null )", "'[' is niet toegestaan");
        assertRefused("Kind( referentie != StringBuilder.class.getName() )", "'StringBuilder' is niet toegestaan");
        assertRefused("Kind( referentie matches \"(a+)+$\" )", "'matches' is niet toegestaan");
        // The DRL 6 parser does not pass these on; the check refuses them should a parser do so.
        assertEquals(Optional.of("Regelbestanden mogen alleen redenen en acties geven; ';' is niet toegestaan."),
                ExpressionCheck.problem("$k.behoeftenBinnen($k); System.exit(3)", null, Set.of("$k")));
        assertEquals(Optional.of("Regelbestanden mogen alleen redenen en acties geven; '->' is niet toegestaan."),
                ExpressionCheck.problem("$k.behoeftenBinnen(x -> x)", null, Set.of("$k")));
        assertEquals(Optional.of("Regelbestanden mogen alleen redenen en acties geven; '::' is niet toegestaan."),
                ExpressionCheck.problem("$k.behoeftenBinnen(Kind::getGemeente)", null, Set.of("$k")));
    }

    @Test
    void languageFeaturesBeyondPatternsAreRefused() {
        assertRefused("$l : java.util.List() from collect( Leerling() )", "'java.util.List' is niet toegestaan");
        assertRefused("Kind() from entry-point \"buiten\"", "'from entry-point' is niet toegestaan. Na 'from' staat een waarde");
        assertRefused("$n : Number() from accumulate( Leerling(), init( int n = 0; ), action( n++; ), result( n ) )",
                "'accumulate' met eigen code (init, action, result) is niet toegestaan");
        assertRefused("$n : Number() from accumulate( Leerling(), collectList() )", "'collectList()' is niet toegestaan");
        List<CompileError> query = refusalsOf("package regels;\nquery \"alles\"\n    Kind()\nend\n");
        assertEquals("Regelbestanden mogen alleen redenen en acties geven; 'query alles' is niet toegestaan.", query.get(0).melding());
        assertEquals(2, query.get(0).regelnummer());
        List<CompileError> pkg = refusalsOf(RULE.replace("package regels;", "package nl.startklaswijzer.engine;").formatted("Kind()"));
        assertEquals("Een regelbestand begint met 'package regels;'.", pkg.get(0).melding());
    }

    @Test
    void onlyTheRuleDescriptionsMayAnnotateARuleAndOnlyWithTextOrACode() {
        List<CompileError> unknown = refusalsOf(RULE.replace("@tekst(\"Proef.\")", "@tekst(\"Proef.\") @Deprecated").formatted("Kind()"));
        assertTrue(unknown.get(0).melding().startsWith("'@Deprecated' is niet toegestaan"), unknown.toString());
        List<CompileError> expression = refusalsOf(RULE.replace("@tekst(\"Proef.\")", "@tekst(\"a\" + System.exit(3))").formatted("Kind()"));
        assertTrue(expression.get(0).melding().startsWith("'@tekst' bevat een tekst tussen aanhalingstekens"), expression.toString());
    }

    @Test
    void aFileThatDoesNotParseIsNotCheckedButCannotCompile() {
        CheckedRuleFile checked = RuleFileGuard.check("kapot.drl", RULE.formatted("Kind(").replace("then", "dan"));
        assertEquals(List.of(), checked.refusals());
        assertFalse(checked.parseErrors().isEmpty());
        assertFalse(checked.mayCompile());
    }

    private static void assertRefused(String lhs, String message) {
        List<CompileError> refused = refusalsOf(RULE.formatted(lhs));
        assertFalse(refused.isEmpty(), lhs + " werd niet geweigerd");
        assertEquals("proef.drl", refused.get(0).bestand());
        assertTrue(refused.get(0).regelnummer() >= CONDITION_LINE, refused.toString());
        assertTrue(refused.get(0).melding().contains(message), refused.toString());
    }

    private static List<CompileError> refusalsOf(String text) {
        CheckedRuleFile checked = RuleFileGuard.check("proef.drl", text);
        assertEquals(List.of(), checked.parseErrors(), text);
        return checked.refusals();
    }
}
