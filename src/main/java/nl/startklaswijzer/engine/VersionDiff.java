package nl.startklaswijzer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.scenario.ScenarioFiles;

/**
 * What changed between two versions of a rule set, in words a policy owner reads: per parameter ("groepslimieten
 * NIET_ZINDELIJK: 2 → 1"), per rule ("regel X toegevoegd", "regel X: tekst gewijzigd"), per outcome text, per
 * arrangement of the catalogue and per scenario. Both versions are read as effective sets, bases included, so that
 * a change to a base shows in every set built on it.
 */
public final class VersionDiff {


    private VersionDiff() {
    }

    public static List<String> between(RuleSetSource from, RuleSetSource to) {
        List<String> changes = new ArrayList<>();
        parameters(parametersOf(from), parametersOf(to), changes);
        rules(rulesOf(from), rulesOf(to), changes);
        entries("uitkomsttekst", yamlEntries(from, OutcomeSummaries.FILE), yamlEntries(to, OutcomeSummaries.FILE), changes);
        entries("arrangement", yamlEntries(from, CatalogueFile.FILE), yamlEntries(to, CatalogueFile.FILE), changes);
        entries("scenario", scenariosOf(from), scenariosOf(to), changes);
        return changes;
    }

    private static Map<String, Parameter> parametersOf(RuleSetSource source) {
        Parameters parameters = LayeredParameters.read(Layers.of(source), new ArrayList<>());
        Map<String, Parameter> byName = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.all().forEach(p -> byName.put(p.getNaam(), p));
        }
        return byName;
    }

    private static void parameters(Map<String, Parameter> from, Map<String, Parameter> to, List<String> changes) {
        for (String name : union(from.keySet(), to.keySet())) {
            Parameter before = from.get(name);
            Parameter after = to.get(name);
            if (before == null) {
                changes.add("parameter " + name + " toegevoegd: " + text(after.getWaarde()));
            } else if (after == null) {
                changes.add("parameter " + name + " verwijderd");
            } else {
                values(name, before.getWaarde(), after.getWaarde(), changes);
                if (before.getStatus() != after.getStatus()) {
                    changes.add("parameter " + name + ": status " + before.getStatus() + " → " + after.getStatus());
                }
                if (!before.getBron().equals(after.getBron())) {
                    changes.add("parameter " + name + ": bron \"" + before.getBron() + "\" → \"" + after.getBron() + "\"");
                }
                if (!before.getOmschrijving().equals(after.getOmschrijving())) {
                    changes.add("parameter " + name + ": omschrijving gewijzigd");
                }
            }
        }
    }

    /** A table changes per entry; a number or a list as a whole. */
    private static void values(String name, Object before, Object after, List<String> changes) {
        if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
            for (Object key : union(new LinkedHashSet<Object>(a.keySet()), new LinkedHashSet<Object>(b.keySet()))) {
                if (!Objects.equals(a.get(key), b.get(key))) {
                    changes.add(name + " " + key + ": " + text(a.get(key)) + " → " + text(b.get(key)));
                }
            }
        } else if (!Objects.equals(before, after)) {
            changes.add(name + ": " + text(before) + " → " + text(after));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Map<?, ?> table) {
            return String.join(", ", table.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        }
        return value instanceof List<?> list ? (list.isEmpty() ? "(leeg)" : String.join(", ", list.stream().map(String::valueOf).toList()))
                : String.valueOf(value);
    }

    /** Each rule's lines as compiled, by name; a rule a derived set switched off is not among them. */
    private static Map<String, List<String>> rulesOf(RuleSetSource source) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        Layers.of(source).ruleFiles().values().forEach(text -> rules.putAll(Layers.ruleBlocks(text)));
        return rules;
    }

    private static void rules(Map<String, List<String>> from, Map<String, List<String>> to, List<String> changes) {
        for (String name : union(from.keySet(), to.keySet())) {
            List<String> before = from.get(name);
            List<String> after = to.get(name);
            if (before == null) {
                changes.add("regel " + name + " toegevoegd");
            } else if (after == null) {
                changes.add("regel " + name + " verwijderd of uitgezet");
            } else if (!before.equals(after)) {
                List<String> what = new ArrayList<>();
                for (String annotation : List.of("tekst", "bron", "status")) {
                    if (!annotated(before, annotation).equals(annotated(after, annotation))) {
                        what.add(annotation);
                    }
                }
                if (!conditions(before).equals(conditions(after))) {
                    what.add("voorwaarden of gevolg");
                }
                changes.add("regel " + name + ": " + String.join(", ", what) + " gewijzigd");
            }
        }
    }

    private static List<String> annotated(List<String> lines, String annotation) {
        return lines.stream().filter(l -> l.contains("@" + annotation + "(")).toList();
    }

    private static List<String> conditions(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("@") && !l.isEmpty() && !l.startsWith("//")).toList();
    }

    /** The top-level entries of the nearest copy of a YAML file, each as its parsed value. */
    private static Map<String, JsonNode> yamlEntries(RuleSetSource source, String file) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        Layers.of(source).nearest(file).ifPresent(found -> {
            try {
                YamlFiles.read(file, found.getValue()).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            } catch (InvalidRuleSetException e) {
                entries.put("(onleesbaar)", null);
            }
        });
        return entries;
    }

    /** Each scenario by name, as the lines that make it up; switched-off and replaced ones as the set runs them. */
    private static Map<String, JsonNode> scenariosOf(RuleSetSource source) {
        Map<String, JsonNode> scenarios = new LinkedHashMap<>();
        Layers layers = Layers.of(source);
        layers.scenarioFiles(ScenarioFiles.FOLDER).forEach((path, text) -> {
            try {
                for (JsonNode scenario : YamlFiles.read(path, text)) {
                    String name = scenario.path("naam").asText();
                    if (!layers.scenarioSwitchedOff(path, name)) {
                        scenarios.putIfAbsent(name, scenario);
                    }
                }
            } catch (InvalidRuleSetException e) {
                scenarios.put(path + " (onleesbaar)", null);
            }
        });
        return scenarios;
    }

    private static void entries(String kind, Map<String, JsonNode> from, Map<String, JsonNode> to, List<String> changes) {
        for (String name : union(from.keySet(), to.keySet())) {
            if (!from.containsKey(name)) {
                changes.add(kind + " " + name + " toegevoegd");
            } else if (!to.containsKey(name)) {
                changes.add(kind + " " + name + " verwijderd");
            } else if (!Objects.equals(from.get(name), to.get(name))) {
                changes.add(kind + " " + name + " gewijzigd");
            }
        }
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
