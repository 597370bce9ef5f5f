package nl.startklaswijzer.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.startklaswijzer.engine.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The third wall: work on a candidate's thread is stopped at its time limit or its memory budget, and only there. */
class CandidateRunTest {

    private static final long MB = 1024 * 1024;
    private static final Scenario SCENARIO = new Scenario("scenarios/proef.yaml", "Proef", Map.of(), null, null, null);

    @Test
    void workWithinTheLimitsReturnsItsResultFromAnotherThread() throws Exception {
        String result = new CandidateRun(Duration.ofSeconds(5), 64 * MB).run(() -> Thread.currentThread().getName());
        assertEquals("regelset-kandidaat", result);
        assertNotEquals("regelset-kandidaat", Thread.currentThread().getName());
    }

    @Test
    void anEndlessLoopIsStoppedAtTheTimeLimitAndItsThreadEnds() {
        AtomicReference<Thread> worker = new AtomicReference<>();
        long started = System.nanoTime();
        CandidateRun.Stopped stopped = assertThrows(CandidateRun.Stopped.class,
                () -> new CandidateRun(Duration.ofMillis(500), Long.MAX_VALUE).run(() -> {
                    worker.set(Thread.currentThread());
                    CandidateRun.evaluating(SCENARIO);
                    long spins = 0;
                    while (spins >= 0) { // never looks at its interrupt flag, as an endless constraint would not
                        spins++;
                    }
                    return spins;
                }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 500 && millis < 2_000, millis + " ms");
        assertTrue(stopped.getMessage().startsWith("De regels rekenden langer dan 500 ms"), stopped.getMessage());
        assertSame(SCENARIO, stopped.scenario());
        assertFalse(worker.get().isAlive(), "the stopped thread keeps running");
    }

    @Test
    void anEvaluationThatKeepsAllocatingIsStoppedAtItsBudget() {
        CandidateRun.Stopped stopped = assertThrows(CandidateRun.Stopped.class,
                () -> new CandidateRun(Duration.ofSeconds(30), 32 * MB).run(() -> {
                    CandidateRun.evaluating(SCENARIO);
                    List<long[]> kept = new ArrayList<>();
                    while (true) {
                        kept.add(new long[1024]);
                    }
                }));
        assertTrue(stopped.getMessage().contains("meer dan 32 MB"), stopped.getMessage());
        assertSame(SCENARIO, stopped.scenario());
    }

    @Test
    void theBudgetIsPerEvaluation() throws Exception {
        // Five evaluations of 20 MB each stay within a budget of 32 MB per evaluation.
        int evaluations = new CandidateRun(Duration.ofSeconds(30), 32 * MB).run(() -> {
            int done = 0;
            for (; done < 5; done++) {
                CandidateRun.evaluating(SCENARIO);
                byte[][] blocks = new byte[20][];
                for (int b = 0; b < blocks.length; b++) {
                    blocks[b] = new byte[(int) MB];
                }
            }
            return done;
        });
        assertEquals(5, evaluations);
    }

    @Test
    void anExceptionOfTheWorkReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CandidateRun(Duration.ofSeconds(5), 64 * MB).run(() -> {
                    throw new IllegalStateException("kapot");
                }));
        assertEquals("kapot", e.getMessage());
    }
}
