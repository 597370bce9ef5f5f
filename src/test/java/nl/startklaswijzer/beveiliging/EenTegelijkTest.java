package nl.startklaswijzer.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When a remembered password runs out, the checks of one user run one after the other, never side by side. */
class EenTegelijkTest {

    @Test
    void checksForOneUserNeverRunSideBySide() throws Exception {
        EenTegelijk eenTegelijk = new EenTegelijk();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return eenTegelijk.voor("api-klant", () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        // Long enough that the other threads are surely waiting at the lock meanwhile.
                        sleep();
                        running.decrementAndGet();
                        return 1;
                    });
                }));
            }
            start.countDown();
            int done = 0;
            for (Future<Integer> result : results) {
                done += result.get(10, TimeUnit.SECONDS);
            }
            assertEquals(8, done, "every check ran and gave its answer");
            assertEquals(1, most.get(), "never two checks of one user at once");
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
