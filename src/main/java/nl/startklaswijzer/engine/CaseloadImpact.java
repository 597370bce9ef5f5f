package nl.startklaswijzer.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.engine.scenario.Scenario;

/**
 * What a draft would do to the real caseload: the cases recorded in the last months, run through the serving set
 * and through the draft. It reports how many would change and in which direction, per outcome the count before and
 * after, the rules that would apply more or less often, examples by pseudonymous reference, and the cases that could
 * not be replayed. The draft runs within the candidate limits, a slice of cases at a time, so that a runaway rule is
 * stopped as quickly as with the scenarios.
 */
public final class CaseloadImpact {

    private static final int SLICE = 500;
    private static final int EXAMPLES = 10;

    private CaseloadImpact() {
    }

    /** A recorded case by its reference; null when the stored case no longer reads. */
    public record RecordedCase(String referentie, Casus casus) {
    }

    /** duurMs: how long reading and running the caseload took, so that a policy owner knows what a wider window costs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Praktijk(int maanden, int casussen, int veranderd, int nietTeBeoordelen, List<Richting> richtingen,
                           List<Telling> perUitkomst, List<Telling> perRegel, List<Voorbeeld> voorbeelden, Long duurMs) {

        public Praktijk metDuur(long millis) {
            return new Praktijk(maanden, casussen, veranderd, nietTeBeoordelen, richtingen, perUitkomst, perRegel,
                    voorbeelden, millis);
        }
    }

    /** How many cases would move from one outcome to another. */
    public record Richting(String van, String naar, int aantal) {
    }

    /** How many cases had an outcome (or a rule applied) before the draft, and how many after. */
    public record Telling(String naam, int voor, int na) {
    }

    /** A case whose advice would change, by its pseudonymous reference. */
    public record Voorbeeld(String referentie, String van, String naar) {
    }

    /**
     * One evaluation: its outcome, the rules that applied, and a fingerprint (SHA-256) of everything the knooppunt
     * reads (texts, dates). Only the fingerprint is kept: the texts of a whole caseload, twice, would fill the heap.
     */
    private record Result(String outcome, Set<String> rules, String said) {

        /** The draft's evaluation of a recorded case: the memory budget counts per case, and a stop names it. */
        static Result of(RuleSet draft, RecordedCase recorded) {
            CandidateRun.evaluating(new Scenario(null, "referentie " + recorded.referentie(), Map.of(), recorded.casus(),
                    null, null));
            return of(draft, recorded.casus());
        }

        static Result of(RuleSet ruleSet, Casus casus) {
            try {
                Advies advies = CaseEvaluator.advise(ruleSet, casus);
                Set<String> said = new TreeSet<>();
                advies.redenen().forEach(r -> said.add(r.getRegel() + ": " + r.getTekst()));
                advies.acties().forEach(a -> said.add(a.getCode() + ": " + a.getTekst() + " " + a.getUiterlijk()));
                return new Result(advies.uitkomst().name(),
                        advies.redenen().stream().map(Reden::getRegel).collect(Collectors.toSet()), fingerprint(said));
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static String fingerprint(Set<String> said) {
            return Sha256.hex(sha -> said.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8))));
        }
    }

    public static Praktijk compare(RuleSet current, RuleSet draft, List<RecordedCase> cases, int maanden, CandidateRun run)
            throws CandidateRun.Stopped {
        // Slices run side by side, one per core: each evaluates its cases with the serving set, then with the draft
        // on a candidate thread of its own, within its own limits.
        List<List<RecordedCase>> slices = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += SLICE) {
            slices.add(cases.subList(from, Math.min(cases.size(), from + SLICE)));
        }
        List<Result[]> evaluated;
        try {
            evaluated = slices.parallelStream().flatMap(slice -> {
                List<Result> before = slice.stream().map(c -> c.casus() == null ? null : Result.of(current, c.casus())).toList();
                List<Result> after = draftResults(draft, slice, run);
                return java.util.stream.IntStream.range(0, slice.size()).mapToObj(i -> new Result[] {before.get(i), after.get(i)});
            }).toList();
        } catch (StoppedSlice e) {
            throw e.stop;
        }
        List<Result> before = evaluated.stream().map(pair -> pair[0]).toList();
        List<Result> after = evaluated.stream().map(pair -> pair[1]).toList();
        Map<String, Integer> directions = new TreeMap<>();
        Map<String, int[]> outcomes = new LinkedHashMap<>();
        for (Uitkomst uitkomst : Uitkomst.values()) {
            outcomes.put(uitkomst.name(), new int[2]);
        }
        Map<String, int[]> rules = new TreeMap<>();
        List<Voorbeeld> examples = new ArrayList<>();
        int changed = 0;
        int failed = 0;
        for (int i = 0; i < cases.size(); i++) {
            Result a = before.get(i);
            Result b = after.get(i);
            if (a == null || b == null) {
                failed++;
                continue;
            }
            outcomes.get(a.outcome())[0]++;
            outcomes.get(b.outcome())[1]++;
            a.rules().forEach(r -> rules.computeIfAbsent(r, k -> new int[2])[0]++);
            b.rules().forEach(r -> rules.computeIfAbsent(r, k -> new int[2])[1]++);
            if (!a.equals(b)) {
                changed++;
                if (examples.size() < EXAMPLES) {
                    examples.add(new Voorbeeld(cases.get(i).referentie(), a.outcome(), b.outcome()));
                }
            }
            if (!a.outcome().equals(b.outcome())) {
                directions.merge(a.outcome() + "\n" + b.outcome(), 1, Integer::sum);
            }
        }
        return new Praktijk(maanden, cases.size(), changed, failed,
                directions.entrySet().stream().map(e -> new Richting(e.getKey().split("\n")[0], e.getKey().split("\n")[1],
                        e.getValue())).toList(),
                tellingen(outcomes, false), tellingen(rules, true), examples, null);
    }

    private static List<Result> draftResults(RuleSet draft, List<RecordedCase> slice, CandidateRun run) {
        try {
            return run.run(() -> slice.stream().map(c -> c.casus() == null ? null : Result.of(draft, c)).toList());
        } catch (CandidateRun.Stopped e) {
            throw new StoppedSlice(e);
        }
    }

    /** Carries a stop out of a parallel slice, which may throw nothing checked. */
    private static final class StoppedSlice extends RuntimeException {
        private final transient CandidateRun.Stopped stop;

        StoppedSlice(CandidateRun.Stopped stop) {
            super(stop.getMessage(), null, false, false);
            this.stop = stop;
        }
    }

    /** Every outcome, or only the rules whose count changes. */
    private static List<Telling> tellingen(Map<String, int[]> counts, boolean onlyChanged) {
        return counts.entrySet().stream()
                .filter(e -> !onlyChanged || !Objects.equals(e.getValue()[0], e.getValue()[1]))
                .map(e -> new Telling(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
