package nl.startklaswijzer.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the default rule set serves a version: without it no advice can be given. */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {

    private final RuleSetRegistry registry;

    public RuleSetReadiness(RuleSetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            RuleSet ruleSet = registry.get(null);
            return HealthCheckResponse.named("standaardregelset").up()
                    .withData("naam", ruleSet.name()).withData("versie", ruleSet.version().versie()).build();
        } catch (UnknownRuleSetException e) {
            return HealthCheckResponse.named("standaardregelset").down().withData("melding", e.getMessage()).build();
        }
    }
}
