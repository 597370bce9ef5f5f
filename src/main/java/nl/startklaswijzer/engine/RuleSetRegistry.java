package nl.startklaswijzer.engine;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.inheritance.Manifest;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;
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
    private static final int WARM_UP_CASES = 3;

    private final RuleSetConfig config;
    private final Event<VersionInUse> inUse;
    private final Instance<PublishedVersions> published;
    private final CompiledRuleBases cache;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public RuleSetRegistry(RuleSetConfig config, Event<VersionInUse> inUse, Instance<PublishedVersions> published,
                           CompiledRuleBases cache) {
        this.config = config;
        this.inUse = inUse;
        this.published = published;
        this.cache = cache;
    }

    /** The serving version (null if none ever passed), the last rejected attempt, and the last version looked at. */
    private record Entry(RuleSet serving, RuleSetStatus.Afwijzing rejected, String lastSeenVersion) {
    }

    /**
     * Only the default set (and the sets it builds on) is loaded before the service answers: the first advice needs no
     * more. The watcher loads the others at once in the background, and a request that names one loads it itself.
     */
    @PostConstruct
    void loadDefault() {
        if (Files.isDirectory(config.map().resolve(config.standaard()))) {
            loadWithBases(config.standaard(), new HashSet<>());
        }
    }

    private void loadWithBases(String name, Set<String> seen) {
        Path folder = config.map().resolve(name);
        if (!seen.add(name) || !Files.isDirectory(folder) || entries.containsKey(name)) {
            return;
        }
        RuleSetSource own = RuleSetSource.read(folder);
        String basis = basisOf(own);
        if (basis != null) {
            loadWithBases(basis, seen);
        }
        load(own);
    }

    /** Loads the sets whose folder has not been looked at yet; the sets already loaded are not read again. */
    private void loadMissing() {
        if (setFolders().stream().anyMatch(f -> !entries.containsKey(f.getFileName().toString()))) {
            refresh();
        }
    }

    /**
     * Loads every rule set whose files (or whose base's serving files) changed since the last look, bases before the
     * sets built on them, and forgets sets whose folder is gone. A set that a publication is still writing is left
     * for the next look.
     */
    public synchronized void refresh() {
        Map<String, RuleSetSource> own = new LinkedHashMap<>();
        for (Path folder : setFolders()) {
            if (!RuleFolderWriter.isWriting(folder)) {
                RuleSetSource source = RuleSetSource.read(folder);
                own.put(source.name(), source);
            }
        }
        for (String name : basesFirst(own)) {
            Resolved resolved = resolve(own.get(name));
            Entry entry = entries.get(name);
            if (entry == null || !resolved.source().version().equals(entry.lastSeenVersion())) {
                load(own.get(name));
            }
        }
        Set<String> present = setFolders().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        entries.keySet().removeIf(name -> {
            boolean gone = !present.contains(name);
            if (gone) {
                LOG.infof("Regelset %s is verwijderd uit %s.", name, config.map());
            }
            return gone;
        });
    }

    /** The sets in an order where every base comes before the sets that build on it; a cycle ends where it closes. */
    private static List<String> basesFirst(Map<String, RuleSetSource> own) {
        List<String> order = new ArrayList<>();
        for (String name : own.keySet()) {
            addAfterBases(name, own, order, new HashSet<>());
        }
        return order;
    }

    private static void addAfterBases(String name, Map<String, RuleSetSource> own, List<String> order, Set<String> path) {
        if (order.contains(name) || !own.containsKey(name) || !path.add(name)) {
            return;
        }
        String basis = basisOf(own.get(name));
        if (basis != null) {
            addAfterBases(basis, own, order, path);
        }
        order.add(name);
    }

    /** A set's own files as the gate sees them: with its base's serving files, or why they cannot be had. */
    private record Resolved(RuleSetSource source, List<CompileError> problems) {
    }

    private Resolved resolve(RuleSetSource own) {
        return resolve(own, basis -> {
            Entry entry = entries.get(basis);
            return entry == null || entry.serving() == null ? null : entry.serving().source();
        });
    }

    /**
     * Combines a set's own files with its base's, as the given lookup has the base. A base that does not exist, does
     * not serve, or builds (further down) on the set itself is a problem reported at the line that names it.
     */
    private Resolved resolve(RuleSetSource own, Function<String, RuleSetSource> bases) {
        String basis = basisOf(own);
        if (basis == null) {
            return new Resolved(own, List.of());
        }
        RuleSetSource base = bases.apply(basis);
        if (base != null && !Layers.of(base).chain().stream().map(Layers.Layer::name).toList().contains(own.name())) {
            return new Resolved(Layers.combine(own, base), List.of());
        }
        Integer line = SourceLines.lineOf(own.files().get(Manifest.FILE), Pattern.compile("^basis\\s*:"));
        String problem;
        if (cycleOnDisk(own.name(), basis)) {
            problem = "De basis '" + basis + "' bouwt zelf op deze regelset voort: een kring van bases kan niet.";
        } else if (!Files.isDirectory(config.map().resolve(basis))) {
            problem = "Onbekende basis '" + basis + "': er is geen regelset met die naam.";
        } else {
            problem = "De basis '" + basis + "' heeft geen versie in gebruik; zie de fouten van die regelset.";
        }
        return new Resolved(own, List.of(new CompileError(Manifest.FILE, line, problem)));
    }

    private boolean cycleOnDisk(String name, String basis) {
        Set<String> seen = new HashSet<>();
        String current = basis;
        while (current != null && seen.add(current)) {
            if (current.equals(name)) {
                return true;
            }
            Path folder = config.map().resolve(current);
            current = Files.isDirectory(folder) ? basisOf(RuleSetSource.read(folder)) : null;
        }
        return false;
    }

    /** The base a set's regelset.yaml names, or null; an unreadable file is the compiler's to report. */
    private static String basisOf(RuleSetSource own) {
        try {
            return Manifest.read(Manifest.FILE, own.files().get(Manifest.FILE)).basis();
        } catch (InvalidRuleSetException e) {
            return null;
        }
    }

    /**
     * Checks a set's files (as found in its folder) with the sets built on it, and puts them in use if all pass. Files
     * that served before, here, are loaded from the cache of compiled rules: not compiled, and their scenarios, which
     * passed then, not run again.
     */
    private void load(RuleSetSource own) {
        long started = System.nanoTime();
        Gate gate = gate(own, false, true);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Validation validation = gate.validations().get(own.name());
        if (gate.geldig()) {
            install(gate, null);
            if (validation.ruleSet().compiled().fromCache()) {
                warmUp(validation.ruleSet());
            }
            LOG.infof("Regelset %s versie %s in gebruik na %d ms: %d regels, %s.", own.name(), validation.versie(), millis,
                    validation.ruleSet().rules().size(), validation.ruleSet().compiled().fromCache()
                            ? "uit de cache (de scenario's slaagden toen ze werd bewaard)"
                            : validation.scenarios().size() + " scenario's geslaagd");
        } else {
            Entry previous = entries.get(own.name());
            RuleSet serving = previous == null ? null : previous.serving();
            entries.put(own.name(), new Entry(serving,
                    new RuleSetStatus.Afwijzing(validation.versie(), Instant.now(), gate.fouten()), validation.versie()));
            LOG.warnf("Regelset %s versie %s afgewezen (%d fout(en)); %s. Zie GET /api/v1/regelsets.", own.name(),
                    validation.versie(), gate.fouten().size(),
                    serving == null ? "er is geen eerdere versie" : "versie " + serving.version().versie() + " blijft in gebruik");
        }
    }

    /**
     * A set loaded from the cache has evaluated no case yet, and the first evaluation pays for loading and preparing
     * the rules' code and the rule network's memory (about 0.4 s, against 0.03 s for later ones). A few of its
     * scenarios' cases are evaluated on a thread of their own, beside the rest of the start-up, so that the first
     * request does not pay that; the answers are not looked at.
     */
    private static void warmUp(RuleSet ruleSet) {
        Thread thread = new Thread(() -> {
            try {
                ScenarioFiles.read(ruleSet.source()).stream().filter(s -> s.casus() != null).limit(WARM_UP_CASES)
                        .forEach(s -> CaseEvaluator.advise(ruleSet, s.casus()));
            } catch (InvalidRuleSetException | RuntimeException e) {
                LOG.debugf("Regelset %s niet opgewarmd: %s", ruleSet.name(), e.getMessage());
            }
        }, "regelset-opwarmen");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The gate every change passes, from a file or a publication: the set's own files with its base's serving files,
     * compiled and with every scenario passing, and then every loaded set built on it (further up too) with the new
     * files, so that a change to a base that breaks a derived set's scenario is refused, naming that set.
     *
     * @param own     the set's own files, as its folder would hold them
     * @param derived whether the sets built on it must be checked even when this set has never served
     */
    public synchronized Gate gate(RuleSetSource own, boolean derived) {
        return gate(own, derived, false);
    }

    /** The gate, for files from the rules folder (fromFolder) taking what the cache of compiled rules holds for them. */
    private Gate gate(RuleSetSource own, boolean derived, boolean fromFolder) {
        Map<String, Validation> validations = new LinkedHashMap<>();
        List<CompileError> errors = new ArrayList<>();
        Resolved resolved = resolve(own);
        Validation validation = resolved.problems().isEmpty() ? validate(resolved.source(), fromFolder)
                : Validation.refused(resolved.source(), resolved.problems());
        validations.put(own.name(), validation);
        errors.addAll(validation.fouten());
        Entry entry = entries.get(own.name());
        boolean passedElsewhere = !derived && published.stream().anyMatch(p -> p.passedGate(own.name(), validation.versie()));
        if (validation.geldig() && (derived || entry != null && entry.serving() != null) && !passedElsewhere) {
            checkDerived(validation.ruleSet().source(), validations, errors, fromFolder);
        }
        return new Gate(validations, errors);
    }

    private Validation validate(RuleSetSource source, boolean fromFolder) {
        return Validation.of(source, CandidateRun.of(config), fromFolder ? cache.read(source).orElse(null) : null);
    }

    private void checkDerived(RuleSetSource base, Map<String, Validation> validations, List<CompileError> errors,
                              boolean fromFolder) {
        for (Path folder : setFolders()) {
            String name = folder.getFileName().toString();
            if (!entries.containsKey(name) || validations.containsKey(name)) {
                continue;
            }
            RuleSetSource own = RuleSetSource.read(folder);
            if (!base.name().equals(basisOf(own))) {
                continue;
            }
            Validation validation = validate(resolve(own, b -> b.equals(base.name()) ? base : null).source(), fromFolder);
            validations.put(name, validation);
            validation.fouten().forEach(e -> errors.add(new CompileError(Layers.BASE + name + "/" + e.bestand(),
                    e.regelnummer(), "Regelset " + name + ", die op deze regelset voortbouwt: " + e.melding(), e.detail())));
            if (validation.geldig()) {
                checkDerived(validation.ruleSet().source(), validations, errors, fromFolder);
            }
        }
    }

    /** What the gate found: each set's validation, own set first, and every error, those of derived sets named. */
    public record Gate(Map<String, Validation> validations, List<CompileError> fouten) {

        public boolean geldig() {
            return fouten.isEmpty();
        }
    }

    /**
     * Puts every set of a passed gate in use at once, and tells who listens (such as the history) that it serves.
     * By whom: the publisher, or null for a file found in the folder. Freshly compiled sets go into the cache of
     * compiled rules, so that the next start need not compile them.
     */
    public synchronized void install(Gate gate, VersionInUse.Publication publication) {
        gate.validations().forEach((name, validation) -> {
            Entry previous = entries.get(name);
            String before = previous == null || previous.serving() == null ? null : previous.serving().version().versie();
            entries.put(name, new Entry(validation.ruleSet(), null, validation.versie()));
            if (!validation.versie().equals(before)) {
                inUse.fire(new VersionInUse(validation.ruleSet(), before, publication));
            }
        });
        gate.validations().values().stream().map(Validation::ruleSet).filter(set -> !set.compiled().fromCache())
                .forEach(set -> cache.write(set.source(), set.compiled().kjar()));
    }

    /** Runs work while no reload or other publication can change the sets. */
    public synchronized <T> T exclusively(Supplier<T> work) {
        return work.get();
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

    /** The named (or default) rule set's serving version if it is loaded already: what needs no waiting to get. */
    public Optional<RuleSet> loaded(String name) {
        Entry entry = entries.get(wanted(name));
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.serving());
    }

    /** The named rule set's serving version, or the default set's when the name is null. */
    public RuleSet get(String name) {
        String wanted = wanted(name);
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

    /** A request that names no set asks for the default one. */
    private String wanted(String name) {
        return name == null || name.isBlank() ? config.standaard() : name;
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
