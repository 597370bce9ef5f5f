package nl.startklaswijzer.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import nl.startklaswijzer.domein.Advies;
import nl.startklaswijzer.domein.Uitkomst;

/**
 * What /q/metrics shows beside Quarkus' own figures: advices given per outcome (counts only, never a case), and the
 * HTTP latencies as histograms, so that percentiles can be computed over many instances.
 */
@ApplicationScoped
public class AdviesMetingen {

    private final Map<Uitkomst, Counter> perUitkomst = new EnumMap<>(Uitkomst.class);

    public AdviesMetingen(MeterRegistry registry) {
        for (Uitkomst uitkomst : Uitkomst.values()) {
            perUitkomst.put(uitkomst, Counter.builder("startklaswijzer.adviezen")
                    .description("Gegeven adviezen per uitkomst").tag("uitkomst", uitkomst.name()).register(registry));
        }
    }

    public Advies geteld(Advies advies) {
        perUitkomst.get(advies.uitkomst()).increment();
        return advies;
    }

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().startsWith("http.server.requests")
                        ? DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config)
                        : config;
            }
        };
    }
}
