package nl.startklaswijzer.engine.inheritance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleSetSource;

/**
 * A rule set as layers: its own files, then those of the set it builds on, and so on. A derived set's source holds
 * its bases' files too, under "../basis/", so that it is one effective set: compiled, tested, versioned (a base's
 * change is a new version of every set built on it) and archived whole. The layers are read, never changed: what a
 * derived set replaces or switches off is left out of the effective files, not removed from the base.
 */
public final class Layers {

    /** The prefix of a base's files inside a derived set's source: the path from the set's folder to the base's. */
    public static final String BASE = "../";

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    /** One set in the chain: its name, where its files stand in the source, and its regelset.yaml. */
    public record Layer(String name, String prefix, Manifest manifest) {
    }

    private final RuleSetSource source;
    private final List<Layer> chain;
    private final List<CompileError> errors;

    private Layers(RuleSetSource source, List<Layer> chain, List<CompileError> errors) {
        this.source = source;
        this.chain = chain;
        this.errors = errors;
    }

    /** The layers of a source, own set first; unknown bases, cycles and unreadable manifests are among the errors. */
    public static Layers of(RuleSetSource source) {
        List<Layer> chain = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        String name = source.name();
        String prefix = "";
        Set<String> seen = new HashSet<>();
        while (name != null) {
            seen.add(name);
            String file = prefix + Manifest.FILE;
            Manifest manifest;
            try {
                manifest = Manifest.read(file, source.files().get(file));
            } catch (InvalidRuleSetException e) {
                errors.addAll(e.errors());
                manifest = Manifest.NONE;
            }
            chain.add(new Layer(name, prefix, manifest));
            String basis = manifest.basis();
            if (basis != null && seen.contains(basis)) {
                errors.add(new CompileError(file, manifest.basisLine(), "De basis '" + basis
                        + "' bouwt zelf op deze regelset voort: een kring van bases kan niet."));
                basis = null;
            } else if (basis != null && !hasFilesOf(source, basis)) {
                errors.add(new CompileError(file, manifest.basisLine(), "Onbekende basis '" + basis
                        + "': er is geen regelset met die naam in gebruik."));
                basis = null;
            }
            name = basis;
            prefix = BASE + basis + "/";
        }
        Layers layers = new Layers(source, List.copyOf(chain), errors);
        layers.checkSwitchOffs();
        return layers;
    }

    /** A derived set's source: its own files, with its base's (and their bases') files under "../". */
    public static RuleSetSource combine(RuleSetSource own, RuleSetSource base) {
        Map<String, String> files = new TreeMap<>(own.files());
        base.files().forEach((path, text) -> files.put(path.startsWith(BASE) ? path : BASE + base.name() + "/" + path, text));
        return new RuleSetSource(own.name(), files);
    }

    /** Only the set's own files: what its folder holds, and what a publication writes. */
    public static Map<String, String> ownFiles(RuleSetSource source) {
        Map<String, String> own = new TreeMap<>();
        source.files().forEach((path, text) -> {
            if (!path.startsWith(BASE)) {
                own.put(path, text);
            }
        });
        return own;
    }

    private static boolean hasFilesOf(RuleSetSource source, String set) {
        String prefix = BASE + set + "/";
        return source.files().keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    public List<CompileError> errors() {
        return errors;
    }

    public List<Layer> chain() {
        return chain;
    }

    /** The nearest layer's copy of a file, with its path in the source: a derived set's own file goes before the base's. */
    public Optional<Map.Entry<String, String>> nearest(String path) {
        for (int i = 0; i < chain.size(); i++) {
            String key = chain.get(i).prefix() + path;
            if (source.files().containsKey(key) && !switchedOffAbove(i, Manifest.Soort.BESTAND, path)) {
                return Optional.of(Map.entry(key, source.files().get(key)));
            }
        }
        return Optional.empty();
    }

    /** The same file of every layer that has it, base first, with its path in the source. */
    public List<Map.Entry<String, String>> everyLayer(String path) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String key = chain.get(i).prefix() + path;
            if (source.files().containsKey(key)) {
                found.add(Map.entry(key, source.files().get(key)));
            }
        }
        return found;
    }

    /**
     * The rule files as compiled: every layer's, minus the files a derived set switched off; a rule that a derived
     * set replaces (by giving one of the same name) or switches off is blanked out of its base's file, line for line,
     * so that every other rule keeps its line number.
     */
    public Map<String, String> ruleFiles() {
        Set<String> definedAbove = new HashSet<>();
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < chain.size(); i++) {
            Set<String> definedHere = new HashSet<>();
            for (Map.Entry<String, String> file : filesOf(i, ".drl").entrySet()) {
                String text = file.getValue();
                definedHere.addAll(ruleNames(text).keySet());
                int layer = i;
                files.put(file.getKey(), blank(text, name -> definedAbove.contains(name)
                        || switchedOffAbove(layer, Manifest.Soort.REGEL, name)));
            }
            definedAbove.addAll(definedHere);
        }
        return files;
    }

    /** The scenario files of every layer, own set first, minus the files a derived set switched off. */
    public Map<String, String> scenarioFiles(String folder) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            filesOf(i, ".yaml").forEach((path, text) -> {
                if (path.substring(path.startsWith(BASE) ? path.indexOf('/', BASE.length()) + 1 : 0).startsWith(folder)) {
                    files.put(path, text);
                }
            });
        }
        return files;
    }

    /** Whether a scenario of the file at this path is switched off by a set built on the file's set. */
    public boolean scenarioSwitchedOff(String path, String name) {
        return switchedOffAbove(layerOf(path), Manifest.Soort.SCENARIO, name);
    }

    /** The set a file of the source belongs to. */
    public String setOf(String path) {
        return chain.get(layerOf(path)).name();
    }

    /** For a rule of this set that stands in for a base's rule of the same name: the base it replaces in. */
    public Optional<String> replaces(String path, String rule) {
        for (int i = layerOf(path) + 1; i < chain.size(); i++) {
            for (String text : filesOf(i, ".drl").values()) {
                if (ruleNames(text).containsKey(rule)) {
                    return Optional.of(chain.get(i).name());
                }
            }
        }
        return Optional.empty();
    }

    /** Every switch-off of every derived layer, with the set that made it: for the rule book. */
    public List<Map.Entry<String, Manifest.SwitchOff>> switchOffs() {
        List<Map.Entry<String, Manifest.SwitchOff>> all = new ArrayList<>();
        chain.forEach(layer -> layer.manifest().uitgezet().forEach(s -> all.add(Map.entry(layer.name(), s))));
        return all;
    }

    private int layerOf(String path) {
        for (int i = chain.size() - 1; i > 0; i--) {
            if (path.startsWith(chain.get(i).prefix())) {
                return i;
            }
        }
        return 0;
    }

    private Map<String, String> filesOf(int layer, String extension) {
        String prefix = chain.get(layer).prefix();
        Map<String, String> files = new TreeMap<>();
        source.files().forEach((path, text) -> {
            boolean inLayer = layer == 0 ? !path.startsWith(BASE) : path.startsWith(prefix);
            if (inLayer && path.endsWith(extension)
                    && !switchedOffAbove(layer, Manifest.Soort.BESTAND, path.substring(prefix.length()))) {
                files.put(path, text);
            }
        });
        return files;
    }

    /** Whether a set built on this layer (directly or further up) switched the named thing off. */
    private boolean switchedOffAbove(int layer, Manifest.Soort soort, String name) {
        for (int i = 0; i < layer; i++) {
            if (chain.get(i).manifest().switchesOff(soort, name)) {
                return true;
            }
        }
        return false;
    }

    /** Every switch-off must name something of a base: a typo must not leave a rule on that the author meant off. */
    private void checkSwitchOffs() {
        for (int i = 0; i < chain.size(); i++) {
            Layer layer = chain.get(i);
            for (Manifest.SwitchOff off : layer.manifest().uitgezet()) {
                if (!baseHas(i, off)) {
                    errors.add(new CompileError(layer.prefix() + Manifest.FILE, off.line(), "Uitgezet: "
                            + off.soort().key() + " '" + off.naam() + "' bestaat niet in de basis."));
                }
            }
        }
    }

    private boolean baseHas(int layer, Manifest.SwitchOff off) {
        for (int i = layer + 1; i < chain.size(); i++) {
            String prefix = chain.get(i).prefix();
            boolean found = switch (off.soort()) {
                case BESTAND -> source.files().keySet().stream().anyMatch(p -> p.equals(prefix + off.naam())
                        || off.naam().endsWith("/") && p.startsWith(prefix + off.naam()));
                case REGEL -> filesOf(i, ".drl").values().stream().anyMatch(t -> ruleNames(t).containsKey(off.naam()));
                case SCENARIO -> scenarioFiles("scenarios/").entrySet().stream()
                        .filter(e -> e.getKey().startsWith(prefix))
                        .anyMatch(e -> Pattern.compile("naam:\\s*\"?" + Pattern.quote(off.naam()) + "\"?\\s*$", Pattern.MULTILINE)
                                .matcher(e.getValue()).find());
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** The rules a file declares, by name, with the 0-based line each starts on. */
    static Map<String, Integer> ruleNames(String text) {
        Map<String, Integer> names = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                names.put(m.group(1) != null ? m.group(1) : m.group(2), i);
            }
        }
        return names;
    }

    /**
     * A rule name given in two files is an error at the second: the engine would keep one of them silently, and a
     * derived set replaces rules by name. (Twice in one file, the engine's own parser reports it.)
     */
    public static List<CompileError> duplicateRules(Map<String, String> ruleFiles) {
        Map<String, String> seen = new LinkedHashMap<>();
        List<CompileError> errors = new ArrayList<>();
        ruleFiles.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE.matcher(lines[i]);
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    String earlier = seen.putIfAbsent(name, path + ", regel " + (i + 1));
                    if (earlier != null && !earlier.startsWith(path + ", ")) {
                        errors.add(new CompileError(path, i + 1, "De regel '" + name + "' staat al in " + earlier
                                + "; geef elke regel een eigen naam."));
                    }
                }
            }
        });
        return errors;
    }

    /** Each rule of a file by name, as its lines from header to 'end', stripped: for comparing versions. */
    public static Map<String, List<String>> ruleBlocks(String text) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            Matcher m = RULE.matcher(line);
            if (m.find()) {
                current = new ArrayList<>();
                rules.put(m.group(1) != null ? m.group(1) : m.group(2), current);
            }
            if (current != null) {
                current.add(line.strip());
                if (END.matcher(line).matches()) {
                    current = null;
                }
            }
        }
        return rules;
    }

    /** The text with the named rules turned into empty lines, from their header up to their 'end'. */
    static String blank(String text, java.util.function.Predicate<String> leaveOut) {
        String[] lines = text.split("\n", -1);
        boolean blanking = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                blanking = leaveOut.test(m.group(1) != null ? m.group(1) : m.group(2));
            }
            boolean end = END.matcher(lines[i]).matches();
            if (blanking) {
                lines[i] = "";
            }
            if (end) {
                blanking = false;
            }
        }
        return String.join("\n", lines);
    }
}
