package nl.startklaswijzer.engine.guard;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.startklaswijzer.engine.RuleSetConfig;
import nl.startklaswijzer.engine.scenario.Scenario;
import org.jboss.logging.Logger;

/**
 * The third wall: a candidate rule set (a reload, a validation, an impact check) is evaluated on a thread of its
 * own, within a time limit for all its evaluations together and a memory budget for each one. A constraint that never
 * ends, or a join that multiplies facts until the heap is gone, is stopped there instead of hanging the thread that
 * asked or starving the service. Rules that serve advice have passed this and are evaluated directly.
 */
public final class CandidateRun {

    private static final Logger LOG = Logger.getLogger(CandidateRun.class);
    private static final long POLL_MILLIS = 10;
    /** How long a stopped evaluation gets to unwind after an interrupt before its thread is stopped outright. */
    private static final long GRACE_MILLIS = 200;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** The evaluation in progress on a candidate's thread; absent on every other thread. */
    private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();

    private final Duration timeLimit;
    private final long bytesPerEvaluation;

    public CandidateRun(Duration timeLimit, long bytesPerEvaluation) {
        this.timeLimit = timeLimit;
        this.bytesPerEvaluation = bytesPerEvaluation;
    }

    /** The limits configured for this service. */
    public static CandidateRun of(RuleSetConfig config) {
        return new CandidateRun(config.tijdslimiet(), config.geheugenlimiet().asLongValue());
    }

    /** Where the worker is: the scenario it evaluates and how much it had allocated when that started. */
    private static final class Evaluation {
        final AtomicReference<Scenario> scenario = new AtomicReference<>();
        final AtomicLong allocatedAtStart = new AtomicLong();
    }

    /** A candidate's evaluations were stopped; says which scenario was running and why, in Dutch. */
    public static final class Stopped extends Exception {
        private final transient Scenario scenario;

        Stopped(String message, Scenario scenario) {
            super(message);
            this.scenario = scenario;
        }

        /** The scenario or case being evaluated when the limit was reached; null if none had started. */
        public Scenario scenario() {
            return scenario;
        }
    }

    /** Runs the work on a thread of its own and returns its result, or stops it at the limit. */
    public <T> T run(Supplier<T> work) throws Stopped {
        Evaluation evaluation = new Evaluation();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            CURRENT.set(evaluation);
            evaluation.allocatedAtStart.set(THREADS.getCurrentThreadAllocatedBytes());
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "regelset-kandidaat");
        worker.setDaemon(true);
        long deadline = System.nanoTime() + timeLimit.toNanos();
        worker.start();
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() - deadline > 0) {
                    stop(worker);
                    throw new Stopped("De regels rekenden langer dan " + seconds(timeLimit)
                            + "; staat er een voorwaarde in die niet eindigt of heel veel combinaties maakt?",
                            evaluation.scenario.get());
                }
                long allocated = THREADS.getThreadAllocatedBytes(worker.getId()) - evaluation.allocatedAtStart.get();
                if (allocated > bytesPerEvaluation) {
                    stop(worker);
                    throw new Stopped("De regels gebruikten voor één casus meer dan " + bytesPerEvaluation / (1024 * 1024)
                            + " MB geheugen; staat er een voorwaarde in die heel veel combinaties maakt?",
                            evaluation.scenario.get());
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                stop(worker);
                Thread.currentThread().interrupt();
                throw new Stopped("De controle van de regels is afgebroken.", evaluation.scenario.get());
            }
        }
    }

    /**
     * Marks the start of one evaluation on a candidate's thread: the memory budget starts again, and a stop names
     * this scenario. Does nothing on any other thread.
     */
    public static void evaluating(Scenario scenario) {
        Evaluation evaluation = CURRENT.get();
        if (evaluation != null) {
            evaluation.scenario.set(scenario);
            evaluation.allocatedAtStart.set(THREADS.getCurrentThreadAllocatedBytes());
        }
    }

    /**
     * An endless constraint never looks at its interrupt flag, so after a grace period the thread is stopped outright.
     * Only the candidate's own session lives on that thread, and it is thrown away with the candidate.
     */
    @SuppressWarnings("deprecation")
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.join(GRACE_MILLIS);
            if (worker.isAlive()) {
                worker.stop();
                worker.join(GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            LOG.warnf("Een afgebroken regelcontrole blijft op de achtergrond rekenen: deze Java kan haar niet stoppen.");
        }
    }

    private static String seconds(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toSeconds() == 1 ? "1 seconde" : duration.toSeconds() + " seconden";
    }
}
