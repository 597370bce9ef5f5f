package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.startklaswijzer.bench.CaseGenerator;
import nl.startklaswijzer.domein.Casus;
import org.junit.jupiter.api.Test;

/**
 * The service keeps the default rule set it compiled at start-up, and a registry started again on the same folder
 * and data loads it from there, without compiling or running its scenarios, and advises exactly as the one that
 * compiled it.
 */
@QuarkusTest
class CachedStartTest {

    @Inject
    RuleSetRegistry registry;
    @Inject
    RuleSetConfig config;
    @Inject
    Event<VersionInUse> inUse;
    @Inject
    Instance<PublishedVersions> published;
    @Inject
    CompiledRuleBases cache;
    @Inject
    ObjectMapper json;

    @Test
    void aRestartWithUnchangedFilesLoadsTheDefaultSetFromTheCache() throws Exception {
        RuleSet serving = registry.get(null);
        assertTrue(cache.read(serving.source()).isPresent(), "kept when it started to serve");

        RuleSetRegistry restarted = new RuleSetRegistry(config, inUse, published, cache);
        restarted.loadDefault();
        RuleSet loaded = restarted.get(null);

        assertTrue(loaded.compiled().fromCache(), "loaded, not compiled");
        assertEquals(serving.version(), loaded.version());
        assertEquals(serving.rules().size(), loaded.rules().size());
        for (Casus casus : new CaseGenerator(11).cases(200)) {
            assertEquals(json.writeValueAsString(CaseEvaluator.advise(serving, casus)),
                    json.writeValueAsString(CaseEvaluator.advise(loaded, casus)));
        }
    }

    @Test
    void filesThatChangedAreCompiled() throws Exception {
        RuleSetSource serving = registry.get(null).source();
        RuleSetSource changed = serving.with(java.util.Map.of("parameters.yaml",
                serving.files().get("parameters.yaml") + "\n# gewijzigd\n"));
        assertFalse(cache.read(changed).isPresent());
    }
}
