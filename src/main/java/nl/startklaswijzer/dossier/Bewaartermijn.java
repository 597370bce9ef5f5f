package nl.startklaswijzer.dossier;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.jboss.logging.Logger;

/**
 * Erases every dossier whose retention period has passed (bewaren_tot before today): at start-up and every few hours.
 * The audit log keeps that it happened, by reference, and nothing of what the dossier held.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);

    private final Database database;
    private final AuditLog audit;

    public Bewaartermijn(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    @Scheduled(every = "${startklaswijzer.dossier.opruimen:6h}", delay = 10, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgens() {
        int gewist = ruimOp();
        if (gewist > 0) {
            LOG.infof("%d dossier(s) gewist: hun bewaartermijn was verstreken.", gewist);
        }
    }

    /** Erases the expired dossiers and says how many. */
    public int ruimOp() {
        return database.transaction(tx -> {
            List<String> verlopen = tx.query("SELECT referentie FROM dossier WHERE bewaren_tot < ?", row -> row.getString(1),
                    Peildatum.vandaag());
            for (String referentie : verlopen) {
                tx.update("DELETE FROM dossier WHERE referentie = ?", referentie);
                audit.schrijf(tx, null, Handeling.DOSSIER_VERLOPEN, referentie, "bewaartermijn verstreken");
            }
            return verlopen.size();
        });
    }
}
