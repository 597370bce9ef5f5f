package nl.startklaswijzer.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hostile file, added to the default rule set as a candidate, is refused at its line with a Dutch message, or
 * stopped within its limit while its scenarios run; the file it aims at is never written. That the test run goes on
 * at all shows that no System.exit ran.
 */
class HostileRuleFilesTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);
    private static final CandidateRun RUN = new CandidateRun(TIME_LIMIT, 64L * 1024 * 1024);
    private static final RuleSetSource DEFAULT = RuleSetSource.read(Path.of("rules", "cluster-brunssum"));

    @BeforeEach
    void noMarkerYet() {
        HostileFiles.clearMarker();
    }

    @Test
    void theSuiteHasAFileForEveryKindOfReach() {
        List<HostileFiles> files = HostileFiles.ruleFiles();
        assertTrue(files.size() >= 12, files.size() + " bestanden");
        assertEquals(3, files.stream().filter(HostileFiles::runs).count(), "the endless, firing and memory files");
    }

    @TestFactory
    Stream<DynamicTest> eachHostileFileIsRefusedAtItsLineOrStoppedInTime() {
        return HostileFiles.ruleFiles().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            long started = System.nanoTime();
            Validation validation = Validation.of(DEFAULT.with(Map.of(file.name(), file.text())), RUN);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertFalse(validation.geldig(), file.name() + " werd geldig bevonden");
            List<CompileError> errors = validation.fouten();
            if (file.runs()) {
                assertTrue(errors.stream().anyMatch(e -> e.melding().contains(file.expected().get(0))
                        && e.bestand() != null && e.regelnummer() != null), errors.toString());
                // Compiling the candidate counts too, and takes seconds on a busy 2-core machine.
                assertTrue(millis < TIME_LIMIT.toMillis() + 12_000, "gestopt na " + millis + " ms");
                if (file.expected().get(0).equals("gestopt")) {
                    assertNull(validation.ruleSet(), "a stopped candidate is not kept");
                }
            } else {
                assertEquals(file.expected().size(), file.markedLines().size(), file.name() + ": fragments per marked line");
                for (int i = 0; i < file.markedLines().size(); i++) {
                    int line = file.markedLines().get(i);
                    String fragment = file.expected().get(i);
                    assertTrue(errors.stream().anyMatch(e -> file.name().equals(e.bestand())
                                    && Integer.valueOf(line).equals(e.regelnummer()) && e.melding().contains(fragment)),
                            "expected at line " + line + ": " + fragment + "; got " + errors);
                }
                assertTrue(validation.scenarios().isEmpty(), "no scenario of a refused set runs");
            }
            assertFalse(Files.exists(HostileFiles.MARKER), file.name() + " schreef " + HostileFiles.MARKER);
        }));
    }

    @Test
    void theEndlessConstraintIsStoppedByTheTimeLimitWhenMemoryIsNoLimit() {
        CandidateRun timeOnly = new CandidateRun(Duration.ofSeconds(1), Long.MAX_VALUE);
        long started = System.nanoTime();
        Validation validation = Validation.of(DEFAULT.with(Map.of("eindeloze-voorwaarde.drl",
                HostileFiles.text("eindeloze-voorwaarde.drl"))), timeOnly);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertFalse(validation.geldig());
        assertTrue(validation.fouten().stream().anyMatch(e -> e.melding().contains("is gestopt: De regels rekenden langer "
                + "dan 1 seconde;")), validation.fouten().toString());
        // The time includes compiling the candidate, which takes seconds on a busy 2-core machine; without the limit the
        // constraint would never end.
        assertTrue(millis < 15_000, "gestopt na " + millis + " ms");
    }

    @Test
    void aParameterFileWithYamlTagsMakesNothingAndIsRefusedAtItsLine() {
        Validation validation = Validation.of(DEFAULT.with(Map.of("parameters.yaml",
                HostileFiles.text("parameters-tag.yaml"))), RUN);
        assertFalse(validation.geldig());
        assertTrue(validation.fouten().stream().anyMatch(e -> "parameters.yaml".equals(e.bestand())
                && Integer.valueOf(3).equals(e.regelnummer())), validation.fouten().toString());
        assertFalse(Files.exists(HostileFiles.MARKER));
    }

    @Test
    void aScenarioWithYamlTagsMakesNothingAndIsRefused() {
        Map<String, String> files = Map.of(ScenarioFiles.FOLDER + "vijandig.yaml", HostileFiles.text("scenario-tag.yaml"));
        Validation validation = Validation.of(DEFAULT.with(files), RUN);
        assertFalse(validation.geldig());
        assertTrue(validation.fouten().stream().anyMatch(e -> (ScenarioFiles.FOLDER + "vijandig.yaml").equals(e.bestand())),
                validation.fouten().toString());
        assertFalse(Files.exists(HostileFiles.MARKER));
    }
}
