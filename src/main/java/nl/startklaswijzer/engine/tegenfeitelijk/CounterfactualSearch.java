package nl.startklaswijzer.engine.tegenfeitelijk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.ArrangementOordeel;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.WatZouVeranderen;
import nl.startklaswijzer.domein.WatZouVeranderen.Mogelijkheid;
import nl.startklaswijzer.domein.WatZouVeranderen.WanneerPassend;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.Parameters;
import nl.startklaswijzer.engine.RuleSet;

/**
 * Finds what would change the advice, inside the service: for each arrangement that is not fitting, the smallest
 * sets of changes to the case (see {@link CaseChanges}) under which the same rules find it fitting. It re-runs the
 * rules over variations of the case, one change first, then two, then three; combinations are made only of changes
 * that alone alter some reason, and a set is only reported for an arrangement that no smaller set made fitting. The
 * number of variations weighed is bounded, so that an answer stays fast whatever the case.
 */
public final class CounterfactualSearch {

    /** At most this many changes together: beyond that, it is no longer a small change. */
    static final int MAX_CHANGES = 3;
    /** At most this many variations per advice; each costs one evaluation of the rules. */
    static final int MAX_VARIATIONS = 150;
    /** At most this many ways to make one arrangement fitting are reported. */
    static final int MAX_OPTIONS = 5;

    private CounterfactualSearch() {
    }

    public static WatZouVeranderen of(RuleSet ruleSet, Casus casus, Advies advies) {
        return of(ruleSet, ruleSet.parameters(), casus, advies);
    }

    /** The same with other parameter values, as a scenario may set them. */
    public static WatZouVeranderen of(RuleSet ruleSet, Parameters parameters, Casus casus, Advies advies) {
        List<ArrangementOordeel> targets = advies.arrangementen().stream()
                .filter(a -> a.oordeel() != Oordeel.PASSEND).toList();
        List<CaseChange> changes = CaseChanges.of(casus);
        Map<String, List<Mogelijkheid>> found = new LinkedHashMap<>();
        Set<String> reasonsNow = signature(advies);
        List<Integer> relevant = new ArrayList<>();
        int tried = 0;
        boolean complete = true;
        for (int size = 1; size <= MAX_CHANGES && found.size() < targets.size(); size++) {
            List<ArrangementOordeel> open = targets.stream().filter(t -> !found.containsKey(t.code())).toList();
            Map<String, List<Mogelijkheid>> atThisSize = new LinkedHashMap<>();
            List<List<Integer>> sets = size == 1 ? singles(changes.size()) : combinations(relevant, size);
            for (List<Integer> set : sets) {
                if (tried == MAX_VARIATIONS) {
                    complete = false;
                    break;
                }
                List<CaseChange> made = set.stream().map(changes::get).toList();
                Advies variant = CaseEvaluator.advise(ruleSet, parameters, apply(casus, made));
                tried++;
                if (size == 1 && !signature(variant).equals(reasonsNow)) {
                    relevant.add(set.get(0));
                }
                for (ArrangementOordeel target : open) {
                    if (isFitting(variant, target.code())) {
                        List<Mogelijkheid> options = atThisSize.computeIfAbsent(target.code(), c -> new ArrayList<>());
                        if (options.size() < MAX_OPTIONS) {
                            options.add(option(made, variant, target.code()));
                        }
                    }
                }
            }
            found.putAll(atThisSize);
            if (!complete) {
                break;
            }
        }
        return new WatZouVeranderen(tried, complete, targets.stream()
                .map(t -> new WanneerPassend(t.code(), t.naam(), t.oordeel(), found.getOrDefault(t.code(), List.of())))
                .toList());
    }

    private static Casus apply(Casus casus, List<CaseChange> changes) {
        Casus variant = CaseCopy.of(casus);
        changes.forEach(c -> c.apply().accept(variant));
        return variant;
    }

    private static boolean isFitting(Advies advies, String code) {
        return advies.arrangementen().stream().anyMatch(a -> a.code().equals(code) && a.oordeel() == Oordeel.PASSEND);
    }

    private static Mogelijkheid option(List<CaseChange> changes, Advies variant, String code) {
        return new Mogelijkheid(changes.stream().map(CaseChange::asVerandering).toList(), variant.uitkomst(),
                variant.redenen().stream().filter(r -> code.equals(r.getArrangementCode())).toList());
    }

    /** Which rules gave which effect about which arrangement: what a change must alter to matter. */
    private static Set<String> signature(Advies advies) {
        return advies.redenen().stream()
                .map(r -> r.getRegel() + "|" + r.getEffect() + "|" + r.getArrangementCode())
                .collect(Collectors.toSet());
    }

    private static List<List<Integer>> singles(int count) {
        List<List<Integer>> singles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            singles.add(List.of(i));
        }
        return singles;
    }

    /** Every set of the given size from the given changes, in order. */
    private static List<List<Integer>> combinations(List<Integer> from, int size) {
        List<List<Integer>> all = new ArrayList<>();
        collect(from, size, 0, new ArrayList<>(), all);
        return all;
    }

    private static void collect(List<Integer> from, int size, int at, List<Integer> chosen, List<List<Integer>> all) {
        if (chosen.size() == size) {
            all.add(List.copyOf(chosen));
            return;
        }
        for (int i = at; i < from.size(); i++) {
            chosen.add(from.get(i));
            collect(from, size, i + 1, chosen, all);
            chosen.remove(chosen.size() - 1);
        }
    }
}
