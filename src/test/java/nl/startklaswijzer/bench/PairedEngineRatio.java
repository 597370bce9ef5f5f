package nl.startklaswijzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetSource;

/**
 * The engine against the plain-Java floor in turns of about a tenth of a second each, in one JVM, so that both see
 * the same machine: on a shared machine whose speed drifts, JMH's runs of one benchmark after the other can move the
 * ratio by a third, while the ratio of adjacent turns stays put. Prints the medians of 60 pairs of turns, after 10 s
 * of warm-up, as name=value pairs for bench/summary.py. Run by bench/run.sh motor, after JMH.
 */
public final class PairedEngineRatio {

    private static final int PAIRS = 60;
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private PairedEngineRatio() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        List<Casus> cases = new CaseGenerator(42).cases(1_000);
        // The floor is about ten times faster: ten passes make its turn as long as the engine's one.
        int plainPasses = 10;
        long sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            sink += drools(ruleSet, cases) + plain(ruleSet, cases);
        }
        List<Double> droolsRates = new ArrayList<>();
        List<Double> plainRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            long started = System.nanoTime();
            sink += drools(ruleSet, cases);
            long between = System.nanoTime();
            for (int pass = 0; pass < plainPasses; pass++) {
                sink += plain(ruleSet, cases);
            }
            double droolsRate = cases.size() / ((between - started) / 1e9);
            double plainRate = plainPasses * cases.size() / ((System.nanoTime() - between) / 1e9);
            droolsRates.add(droolsRate);
            plainRates.add(plainRate);
            ratios.add(droolsRate / plainRate);
        }
        System.out.printf("engine_paired_drools_per_s=%d engine_paired_plain_java_per_s=%d engine_paired_drools_vs_plain=%.3f%n",
                Math.round(median(droolsRates)), Math.round(median(plainRates)), median(ratios));
        // Keeps the work from being optimised away.
        System.err.println("conclusions counted: " + sink);
    }

    private static long drools(RuleSet ruleSet, List<Casus> cases) {
        long arrangements = 0;
        for (Casus casus : cases) {
            arrangements += CaseEvaluator.advise(ruleSet, casus).arrangementen().size();
        }
        return arrangements;
    }

    private static long plain(RuleSet ruleSet, List<Casus> cases) {
        long arrangements = 0;
        for (Casus casus : cases) {
            arrangements += PlainJavaAdvice.advise(casus, ruleSet.catalogus()).arrangementen().size();
        }
        return arrangements;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
