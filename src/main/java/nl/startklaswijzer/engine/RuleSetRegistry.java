package nl.startklaswijzer.engine;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.startklaswijzer.engine.guard.CandidateRun;
import org.jboss.logging.Logger;

/**
 * Holds the rule sets, one per subfolder of the rules folder. A version serves only when it compiles and its own
 * scenarios pass; until a newer version does, the last good one keeps serving. Each entry is immutable and replaced
 * with a single map write, so a request sees either the old version or the new one, never a mix.
 */
@Startup
@ApplicationScoped
public class RuleSetRegistry {

    private static final Logger LOG = Logger.getLogger(RuleSetRegistry.class);

    private final RuleSetConfig config;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public RuleSetRegistry(RuleSetConfig config) {
        this.config = config;
    }

    /** The serving version (null if none ever passed), the last rejected attempt, and the last version looked at. */
    private record Entry(RuleSet serving, RuleSetStatus.Afwijzing rejected, String lastSeenVersion) {
    }

    /**
     * Only the default set is loaded before the service answers: the first advice needs no more. The watcher loads
     * the others at once in the background, and a request that names one before then loads it itself.
     */
    @PostConstruct
    void loadDefault() {
        Path folder = config.map().resolve(config.standaard());
        if (Files.isDirectory(folder)) {
            load(RuleSetSource.read(folder));
        }
    }

    /** Loads the sets whose folder has not been looked at yet; the sets already loaded are not read again. */
    private void loadMissing() {
        if (setFolders().stream().anyMatch(f -> !entries.containsKey(f.getFileName().toString()))) {
            refresh();
        }
    }

    /** Loads every rule set whose files changed since the last look, and forgets sets whose folder is gone. */
    public synchronized void refresh() {
        Set<String> present = new HashSet<>();
        for (Path folder : setFolders()) {
            RuleSetSource source = RuleSetSource.read(folder);
            present.add(source.name());
            Entry entry = entries.get(source.name());
            if (entry == null || !source.version().equals(entry.lastSeenVersion())) {
                load(source);
            }
        }
        entries.keySet().removeIf(name -> {
            boolean gone = !present.contains(name);
            if (gone) {
                LOG.infof("Regelset %s is verwijderd uit %s.", name, config.map());
            }
            return gone;
        });
    }

    private void load(RuleSetSource source) {
        long started = System.nanoTime();
        Validation validation = Validation.of(source, CandidateRun.of(config));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Entry previous = entries.get(source.name());
        if (validation.geldig()) {
            entries.put(source.name(), new Entry(validation.ruleSet(), null, source.version()));
            LOG.infof("Regelset %s versie %s in gebruik na %d ms: %d regels, %d scenario's geslaagd.", source.name(),
                    source.version(), millis, validation.ruleSet().rules().size(), validation.scenarios().size());
        } else {
            RuleSet serving = previous == null ? null : previous.serving();
            entries.put(source.name(), new Entry(serving,
                    new RuleSetStatus.Afwijzing(source.version(), Instant.now(), validation.fouten()), source.version()));
            LOG.warnf("Regelset %s versie %s afgewezen (%d fout(en)); %s. Zie GET /api/v1/regelsets.", source.name(),
                    source.version(), validation.fouten().size(),
                    serving == null ? "er is geen eerdere versie" : "versie " + serving.version().versie() + " blijft in gebruik");
        }
    }

    private List<Path> setFolders() {
        Path folder = config.map();
        if (!Files.isDirectory(folder)) {
            LOG.warnf("De regelmap %s bestaat niet; er zijn geen regelsets.", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> sets = Files.list(folder)) {
            return sets.filter(Files::isDirectory).filter(RuleSetSource::isPolicyFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named rule set's serving version, or the default set's when the name is null. */
    public RuleSet get(String name) {
        String wanted = name == null || name.isBlank() ? config.standaard() : name;
        Entry entry = entries.get(wanted);
        if (entry == null) {
            loadMissing();
            entry = entries.get(wanted);
        }
        if (entry == null || entry.serving() == null) {
            throw new UnknownRuleSetException(wanted, entry != null, entries.keySet().stream().sorted().toList());
        }
        return entry.serving();
    }

    public List<RuleSetStatus> statuses() {
        loadMissing();
        return entries.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> status(e.getKey(), e.getValue()))
                .toList();
    }

    private RuleSetStatus status(String name, Entry entry) {
        RuleSet serving = entry.serving();
        return new RuleSetStatus(name,
                serving != null ? serving.version().versie() : null,
                serving != null ? serving.loadedAt() : null,
                serving != null ? serving.rules().size() : 0,
                name.equals(config.standaard()),
                entry.rejected());
    }
}
