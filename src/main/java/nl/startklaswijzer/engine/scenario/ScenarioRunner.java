package nl.startklaswijzer.engine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.engine.RuleSet;

/** Runs scenarios against a rule set and says, in Dutch, every way the rules' answer differs from the expected one. */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    public static List<ScenarioResult> runAll(RuleSet ruleSet, List<Scenario> scenarios) {
        return scenarios.stream().map(s -> run(ruleSet, s)).toList();
    }

    public static ScenarioResult run(RuleSet ruleSet, Scenario scenario) {
        ScenarioResult.Type type = scenario.casus() != null ? ScenarioResult.Type.ADVIES : ScenarioResult.Type.SIGNALERING;
        List<String> differences = new ArrayList<>();
        ScenarioOutcome outcome;
        try {
            outcome = ScenarioOutcome.of(ruleSet, scenario);
        } catch (RuntimeException e) {
            differences.add("De regels konden dit scenario niet beoordelen: " + e.getMessage());
            return new ScenarioResult(scenario.bestand(), scenario.naam(), false, differences, null, type, Set.of());
        }
        Verwachting expected = scenario.verwacht();
        compare(type == ScenarioResult.Type.ADVIES ? "uitkomst" : "signaal",
                type == ScenarioResult.Type.ADVIES ? expected.uitkomst() : expected.signaal(), outcome.outcome(), differences);
        compare("knooppuntRond", expected.knooppuntRond(), outcome.knooppuntRond(), differences);
        compare("inschrijvenNietVoor", expected.inschrijvenNietVoor(), outcome.inschrijvenNietVoor(), differences);
        compare("startdatum", expected.startdatum(), outcome.startdatum(), differences);
        compareConclusions(expected, outcome, differences);
        compareArrangements(expected.arrangementen(), outcome.arrangements(), differences);
        compareChanges(expected.watZouVeranderen(), outcome.watZouVeranderen(), differences);
        Set<String> applied = new LinkedHashSet<>();
        outcome.reasons().forEach(r -> applied.add(r.getRegel()));
        outcome.actionsAndSteps().forEach(a -> applied.add(a.getRegel()));
        return new ScenarioResult(scenario.bestand(), scenario.naam(), differences.isEmpty(), List.copyOf(differences),
                outcome.outcome(), type, applied);
    }

    private static void compareConclusions(Verwachting expected, ScenarioOutcome outcome, List<String> differences) {
        List<Reden> reasons = outcome.reasons();
        List<Actie> actions = outcome.actionsAndSteps();
        compareSets("reden", expected.redenen(), reasons.stream().map(Reden::getRegel).toList(), differences);
        compareSets("actie", expected.acties(), outcome.actions().stream().map(Actie::getCode).toList(), differences);
        expected.teksten().forEach((rule, fragment) -> {
            boolean found = reasons.stream().anyMatch(r -> r.getRegel().equals(rule) && r.getTekst().contains(fragment))
                    || actions.stream().anyMatch(a -> a.getRegel().equals(rule) && a.getTekst().contains(fragment));
            if (!found) {
                differences.add("tekst van " + rule + ": verwacht een tekst met \"" + fragment + "\"");
            }
        });
        expected.data().forEach((code, date) -> {
            LocalDate actual = actions.stream().filter(a -> a.getCode() == code).map(Actie::getUiterlijk)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            compare("datum van " + code, date, actual, differences);
        });
    }

    /** The advice's arrangements, in its order, against the expected ones with their verdicts. */
    private static void compareArrangements(Map<String, Oordeel> expected, List<ArrangementOordeel> actual,
                                            List<String> differences) {
        if (expected == null) {
            return;
        }
        Map<String, Oordeel> given = new LinkedHashMap<>();
        actual.forEach(a -> given.put(a.code(), a.oordeel()));
        if (!List.copyOf(given.entrySet()).equals(List.copyOf(expected.entrySet()))) {
            differences.add("arrangementen: verwacht " + expected + ", gekregen " + given);
        }
    }

    /** Per arrangement named, the smallest sets of changes that make it fitting, each set by its codes in any order. */
    private static void compareChanges(Map<String, List<List<String>>> expected, WatZouVeranderen actual,
                                       List<String> differences) {
        if (expected == null) {
            return;
        }
        expected.forEach((code, options) -> {
            Set<Set<String>> wanted = options.stream().map(Set::copyOf).collect(Collectors.toSet());
            Set<Set<String>> found = actual.arrangementen().stream().filter(a -> a.code().equals(code))
                    .flatMap(a -> a.mogelijkheden().stream())
                    .map(m -> m.veranderingen().stream().map(WatZouVeranderen.Verandering::code).collect(Collectors.toSet()))
                    .collect(Collectors.toSet());
            if (!wanted.equals(found)) {
                differences.add("wat zou veranderen voor " + code + ": verwacht " + sorted(wanted) + ", gevonden " + sorted(found));
            }
        });
    }

    /** Sets of change codes in a fixed order, so that a difference reads the same every time. */
    private static Set<String> sorted(Set<Set<String>> options) {
        return new TreeSet<>(options.stream().map(o -> new TreeSet<>(o).toString()).toList());
    }

    /** Expected values compare by their text, so that a code in a scenario matches the outcome's name. */
    private static void compare(String what, Object expected, Object actual, List<String> differences) {
        if (expected != null && !String.valueOf(expected).equals(String.valueOf(actual))) {
            differences.add(what + ": verwacht " + expected + ", gekregen " + actual);
        }
    }

    private static <T> void compareSets(String what, Collection<T> expected, Collection<T> actual, List<String> differences) {
        new TreeSet<>(expected.stream().map(String::valueOf).toList()).stream()
                .filter(e -> actual.stream().map(String::valueOf).noneMatch(e::equals))
                .forEach(e -> differences.add(what + " verwacht maar niet gegeven: " + e));
        new TreeSet<>(actual.stream().map(String::valueOf).toList()).stream()
                .filter(a -> expected.stream().map(String::valueOf).noneMatch(a::equals))
                .forEach(a -> differences.add(what + " gegeven maar niet verwacht: " + a));
    }
}
