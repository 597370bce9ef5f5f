package nl.startklaswijzer.engine.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.startklaswijzer.bench.CaseGenerator;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.guard.CandidateRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled rules: a second start with the same files loads them without compiling and gives the same
 * advice; changed files, and any entry this service did not write for exactly these files and this code, are not
 * used, and the files are compiled as without a cache.
 */
class RuleBaseCacheTest {

    private static final CandidateRun RUN = new CandidateRun(Duration.ofSeconds(5), 64L * 1024 * 1024);
    private static final RuleSetSource DEFAULT = RuleSetSource.read(Path.of("rules", "cluster-brunssum"));
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String CODE = CodeVersion.current();
    private static Validation compiled;
    private static byte[] kjar;

    @TempDir
    Path folder;
    private final byte[] key = randomKey();

    @BeforeAll
    static void compileTheDefaultSetOnce() {
        compiled = Validation.of(DEFAULT, RUN, null);
        assertTrue(compiled.geldig(), compiled.fouten().toString());
        assertFalse(compiled.ruleSet().compiled().fromCache());
        kjar = compiled.ruleSet().compiled().kjar().get();
    }

    @Test
    void aSecondStartWithTheSameFilesLoadsThemFromTheCacheAndAdvisesAlike() throws IOException {
        cache(key).write(DEFAULT, () -> kjar);

        // A new start: a new cache on the same folder, under the key the database keeps.
        Optional<byte[]> kept = cache(key).read(DEFAULT);
        assertTrue(kept.isPresent());
        Validation again = Validation.of(DEFAULT, RUN, kept.get());

        assertTrue(again.geldig(), again.fouten().toString());
        assertTrue(again.ruleSet().compiled().fromCache(), "not compiled again");
        assertEquals(List.of(), again.scenarios(), "its scenarios passed when it was kept");
        assertEquals(compiled.versie(), again.versie());
        assertEquals(JSON.writeValueAsString(compiled.ruleSet().rules()), JSON.writeValueAsString(again.ruleSet().rules()));
        for (Casus casus : new CaseGenerator(7).cases(300)) {
            assertEquals(advice(compiled.ruleSet(), casus), advice(again.ruleSet(), casus));
        }
    }

    @Test
    void changedFilesAreNotInTheCache() {
        cache(key).write(DEFAULT, () -> kjar);
        String parameters = DEFAULT.files().get("parameters.yaml");

        assertTrue(cache(key).read(DEFAULT.with(Map.of("parameters.yaml", parameters + "\n# een opmerking\n"))).isEmpty());
        assertTrue(cache(key).read(DEFAULT.with(Map.of("nieuw.drl", "package regels;\n"))).isEmpty());
        assertTrue(cache(key).read(DEFAULT).isPresent());
    }

    @Test
    void aTamperedEntryIsNotUsed() throws IOException {
        cache(key).write(DEFAULT, () -> kjar);
        Path entry = onlyEntry();
        byte[] content = Files.readAllBytes(entry);

        content[content.length - 100] ^= 1;
        Files.write(entry, content);
        assertTrue(cache(key).read(DEFAULT).isEmpty(), "one bit changed in the kjar");

        Files.write(entry, new byte[] {1, 2, 3});
        assertTrue(cache(key).read(DEFAULT).isEmpty(), "cut short");
    }

    @Test
    void anEntryThisServiceDidNotWriteForTheseFilesAndThisCodeIsNotUsed() throws IOException {
        cache(randomKey()).write(DEFAULT, () -> kjar);
        assertTrue(cache(key).read(DEFAULT).isEmpty(), "signed with another service's key");

        new RuleBaseCache(entries(), () -> Optional.of(key), "een andere programmaversie").write(DEFAULT, () -> kjar);
        assertTrue(cache(key).read(DEFAULT).isEmpty(), "kept by another version of the code");

        RuleSetSource other = DEFAULT.with(Map.of("parameters.yaml", DEFAULT.files().get("parameters.yaml") + "\n# anders\n"));
        cache(key).write(other, () -> kjar);
        Files.move(entries().resolve("cluster-brunssum-" + other.digest() + ".kjar"),
                entries().resolve("cluster-brunssum-" + DEFAULT.digest() + ".kjar"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(cache(key).read(DEFAULT).isEmpty(), "kept for other files, renamed");
    }

    @Test
    void withoutItsKeyTheCacheNeitherReadsNorWrites() {
        RuleBaseCache withoutDatabase = new RuleBaseCache(entries(), Optional::empty, CODE);
        withoutDatabase.write(DEFAULT, () -> kjar);
        assertFalse(Files.exists(entries()));
        assertTrue(cache(key).read(DEFAULT).isEmpty());
    }

    @Test
    void aKjarThatCannotBeLoadedForTheseFilesIsSetAsideAndTheFilesCompiled() {
        Validation garbage = Validation.of(DEFAULT, RUN, "geen kjar".getBytes(StandardCharsets.UTF_8));
        assertTrue(garbage.geldig(), garbage.fouten().toString());
        assertFalse(garbage.ruleSet().compiled().fromCache());
        assertFalse(garbage.scenarios().isEmpty(), "its scenarios ran");

        RuleSetSource changed = DEFAULT.with(Map.of("leeftijd.drl", DEFAULT.files().get("leeftijd.drl") + "\n// gewijzigd\n"));
        Validation otherFiles = Validation.of(changed, RUN, kjar);
        assertTrue(otherFiles.geldig(), otherFiles.fouten().toString());
        assertFalse(otherFiles.ruleSet().compiled().fromCache(), "a kjar of other rule files is not loaded for these");
    }

    @Test
    void eachSetKeepsItsFiveMostRecentlyUsedVersions() throws IOException {
        RuleBaseCache cache = cache(key);
        List<RuleSetSource> versions = IntStream.range(0, 7)
                .mapToObj(i -> new RuleSetSource("proef", Map.of("regels.drl", "// versie " + i))).toList();
        for (RuleSetSource version : versions) {
            cache.write(version, () -> new byte[] {42});
        }
        cache.write(DEFAULT, () -> kjar);

        assertArrayEquals(new byte[] {42}, cache.read(versions.get(6)).orElseThrow());
        assertTrue(cache.read(versions.get(0)).isEmpty());
        assertTrue(cache.read(versions.get(1)).isEmpty());
        assertTrue(cache.read(DEFAULT).isPresent(), "another set's versions are its own");
        try (Stream<Path> files = Files.list(entries())) {
            assertEquals(6, files.count());
        }
    }

    private RuleBaseCache cache(byte[] signing) {
        return new RuleBaseCache(entries(), () -> Optional.of(signing), CODE);
    }

    /** Where the service keeps its entries: regelcache/ in its data folder. */
    private Path entries() {
        return folder.resolve(RuleBaseCache.FOLDER);
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.list(entries())) {
            return files.filter(f -> f.toString().endsWith(".kjar")).reduce((a, b) -> {
                throw new AssertionError("more than one entry");
            }).orElseThrow();
        }
    }

    private static String advice(RuleSet ruleSet, Casus casus) throws IOException {
        return JSON.writeValueAsString(CaseEvaluator.advise(ruleSet, casus));
    }

    private static byte[] randomKey() {
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        return made;
    }
}
