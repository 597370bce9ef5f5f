package nl.startklaswijzer.engine;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Looks at the rule files every interval (1 second by default) and reloads a set whose content changed. Comparing
 * content hashes rather than waiting for file events also works on mounted and network folders, where policy
 * owners' files often live and where file events do not arrive. It has a thread of its own: on the request workers
 * (where Quarkus' scheduler would put it) a reload would wait behind every queued request under load.
 */
@ApplicationScoped
public class RuleSetWatcher {

    private static final Logger LOG = Logger.getLogger(RuleSetWatcher.class);

    private final RuleSetRegistry registry;
    private final RuleSetConfig config;
    private ScheduledExecutorService executor;

    public RuleSetWatcher(RuleSetRegistry registry, RuleSetConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** Observes start-up after the registry (a @Startup bean at the default priority) has loaded the default set. */
    void start(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 1) StartupEvent event) {
        if ("off".equalsIgnoreCase(config.controleInterval())) {
            return;
        }
        long millis = Duration.parse("PT" + config.controleInterval().toUpperCase()).toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "regelsets-herladen");
            thread.setDaemon(true);
            return thread;
        });
        // The first look, one interval after start, loads the sets other than the default one in the background: not
        // sooner, so that it does not compete with start-up for the processor.
        executor.scheduleWithFixedDelay(this::reloadChangedRuleSets, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void reloadChangedRuleSets() {
        try {
            registry.refresh();
        } catch (RuntimeException e) {
            // A folder that cannot be read now may be readable at the next look; the watcher must not die.
            LOG.warnf("Regelsets niet gecontroleerd: %s", e.getMessage());
        }
    }
}
