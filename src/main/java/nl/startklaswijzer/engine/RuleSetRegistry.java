package nl.startklaswijzer.engine;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Holds the compiled rule sets, one per subfolder of the rules folder. A set that fails to compile does not stop
 * the others: it is listed with its errors, and keeps serving its last good version if it had one.
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

    /** The serving version and, when the last attempt failed, that attempt's version and errors. */
    private record Entry(RuleSet serving, String failedVersion, List<CompileError> errors) {
    }

    @PostConstruct
    void loadAll() {
        Path folder = config.map();
        if (!Files.isDirectory(folder)) {
            LOG.warnf("De regelmap %s bestaat niet; er zijn geen regelsets geladen.", folder.toAbsolutePath());
            return;
        }
        try (Stream<Path> sets = Files.list(folder)) {
            sets.filter(Files::isDirectory).filter(RuleSetSource::isPolicyFile).sorted().forEach(this::load);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles one rule set folder and serves it if it compiles; otherwise keeps what served before. */
    public void load(Path setFolder) {
        RuleSetSource source = RuleSetSource.read(setFolder);
        try {
            RuleSet ruleSet = RuleSetCompiler.compile(source);
            entries.put(source.name(), new Entry(ruleSet, null, List.of()));
            LOG.infof("Regelset %s versie %s geladen: %d regels.", source.name(), source.version(), ruleSet.rules().size());
        } catch (InvalidRuleSetException e) {
            Entry previous = entries.get(source.name());
            entries.put(source.name(), new Entry(previous == null ? null : previous.serving(), source.version(), e.errors()));
            LOG.warnf("Regelset %s versie %s niet geladen: %d fout(en); zie GET /api/v1/regelsets.",
                    source.name(), source.version(), e.errors().size());
        }
    }

    /** The named rule set, or the default one when the name is null. */
    public RuleSet get(String name) {
        String wanted = name == null || name.isBlank() ? config.standaard() : name;
        Entry entry = entries.get(wanted);
        if (entry == null || entry.serving() == null) {
            throw new UnknownRuleSetException(wanted, entry != null, entries.keySet().stream().sorted().toList());
        }
        return entry.serving();
    }

    public List<RuleSetStatus> statuses() {
        return entries.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> status(e.getKey(), e.getValue()))
                .toList();
    }

    private RuleSetStatus status(String name, Entry entry) {
        RuleSet serving = entry.serving();
        return new RuleSetStatus(name,
                serving != null ? serving.version().versie() : entry.failedVersion(),
                serving != null ? serving.loadedAt() : null,
                serving != null ? serving.rules().size() : 0,
                name.equals(config.standaard()),
                entry.errors());
    }
}
