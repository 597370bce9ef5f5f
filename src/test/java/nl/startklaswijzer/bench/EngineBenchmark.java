package nl.startklaswijzer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.engine.CaseEvaluator;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.RuleSetSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Advices per second on one thread: the default rule set through Drools, beside the same decisions in plain Java.
 * Both run over the same realistic mix of 1,000 cases, in turn. A third measures an advice written as the JSON the
 * API sends, so that what writing costs shows beside the engine. Run by bench/run.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    /** Configured as the service's: ISO dates, not timestamps. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private RuleSet ruleSet;
    private List<Casus> cases;
    private int next;

    @Setup
    public void compile() throws Exception {
        // Outside Quarkus, its early log handler accepts every level, so Drools would format all its trace messages;
        // the service runs at INFO, and so does the benchmark.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        cases = new CaseGenerator(42).cases(1_000);
    }

    @Benchmark
    public Advies drools() {
        return CaseEvaluator.advise(ruleSet, nextCase());
    }

    @Benchmark
    public byte[] droolsAsJson() throws Exception {
        return json.writeValueAsBytes(CaseEvaluator.advise(ruleSet, nextCase()));
    }

    @Benchmark
    public Advies plainJava() {
        return PlainJavaAdvice.advise(nextCase(), ruleSet.catalogus());
    }

    private Casus nextCase() {
        Casus casus = cases.get(next);
        next = (next + 1) % cases.size();
        return casus;
    }
}
