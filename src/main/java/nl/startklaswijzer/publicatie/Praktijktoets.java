package nl.startklaswijzer.publicatie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.startklaswijzer.dossier.VastgelegdeCasussen;
import nl.startklaswijzer.engine.CaseloadImpact;
import nl.startklaswijzer.engine.Impact;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetConfig;
import nl.startklaswijzer.engine.Validation;
import nl.startklaswijzer.engine.guard.CandidateRun;
import nl.startklaswijzer.opslag.DatabaseException;
import org.jboss.logging.Logger;

/**
 * Beside the scenarios, tries a draft on the real caseload: the advices recorded for the set in the last months.
 * Without a database the scenarios still answer; the caseload part is then left out.
 */
@ApplicationScoped
public class Praktijktoets {

    /** How far back the caseload goes when the policy owner does not say. */
    public static final int STANDAARD_MAANDEN = 12;

    private static final Logger LOG = Logger.getLogger(Praktijktoets.class);

    private final VastgelegdeCasussen casussen;
    private final CandidateRun candidateRun;

    public Praktijktoets(VastgelegdeCasussen casussen, RuleSetConfig config) {
        this.casussen = casussen;
        this.candidateRun = CandidateRun.of(config);
    }

    /** The impact on the scenarios, with the caseload's beside it when the draft compiled. */
    public Impact metPraktijk(Impact impact, RuleSet current, Validation draft, Integer maanden) {
        if (draft.ruleSet() == null || !impact.geldig()) {
            return impact;
        }
        int months = maanden == null ? STANDAARD_MAANDEN : maanden;
        try {
            long started = System.nanoTime();
            CaseloadImpact.Praktijk praktijk = CaseloadImpact.compare(current, draft.ruleSet(),
                    casussen.vanDeLaatsteMaanden(current.name(), months), months, candidateRun);
            return impact.metPraktijk(praktijk.metDuur((System.nanoTime() - started) / 1_000_000));
        } catch (CandidateRun.Stopped e) {
            return impact.gestopt((e.scenario() == null ? "" : e.scenario().naam() + ": ") + e.getMessage());
        } catch (DatabaseException e) {
            LOG.warnf("Impact zonder vastgelegde casussen: de database is niet bereikbaar (%s).", e.getMessage());
            return impact;
        }
    }
}
