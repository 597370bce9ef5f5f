package nl.startklaswijzer.dossier;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.startklaswijzer.beveiliging.AuditLog;
import nl.startklaswijzer.beveiliging.Handeling;
import nl.startklaswijzer.domein.Peildatum;
import nl.startklaswijzer.opslag.Database;
import org.jboss.logging.Logger;

/**
 * How long a dossier is kept, and erasing every dossier whose retention period has passed (bewaren_tot before today):
 * at start-up and every few hours. The audit log keeps that it happened, by reference, and nothing of what the dossier
 * held.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Database database;
    private final AuditLog audit;
    private final DossierLezer lezer;
    private final DossierConfig config;

    public Bewaartermijn(Database database, AuditLog audit, DossierLezer lezer, DossierConfig config) {
        this.database = database;
        this.audit = audit;
        this.lezer = lezer;
        this.config = config;
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

    /**
     * Sets the day after which the dossier is erased: none while its placement runs; otherwise the latest of the
     * retention period after the placement ended (or, without one, after the last advice) and the shorter period of a
     * signal after the later of its recording and the day its knooppunt was due. A signal that nothing followed is so
     * erased a year after the knooppunt it asked for, and never outlives the dossier's own rule when something did.
     */
    public void herbereken(Database.Transaction tx, String referentie) throws SQLException {
        Optional<Plaatsing> plaatsing = lezer.plaatsing(tx, referentie);
        if (plaatsing.isPresent() && plaatsing.get().geeindigdOp() == null) {
            tx.update("UPDATE dossier SET bewaren_tot = NULL WHERE referentie = ?", referentie);
            return;
        }
        // Each aggregate gives exactly one row, with NULL where the dossier has no advice or no signal.
        LocalDate dossier = plaatsing.isPresent() ? plaatsing.get().geeindigdOp()
                : tx.query("SELECT MAX(tijdstip) AS laatste FROM dossier_advies WHERE referentie = ?",
                        row -> dag(Database.instant(row, "laatste")), referentie).get(0);
        LocalDate signalering = tx.query("SELECT MAX(tijdstip) AS laatste, MAX(knooppunt_rond) AS knooppunt FROM signalering "
                        + "WHERE referentie = ?",
                row -> later(dag(Database.instant(row, "laatste")), Database.date(row, "knooppunt")), referentie).get(0);
        LocalDate tot = later(dossier == null ? null : dossier.plus(config.bewaartermijn()),
                signalering == null ? null : signalering.plus(config.bewaartermijnSignalering()));
        tx.update("UPDATE dossier SET bewaren_tot = ? WHERE referentie = ?",
                tot != null ? tot : Peildatum.vandaag().plus(config.bewaartermijn()), referentie);
    }

    private static LocalDate dag(Instant tijdstip) {
        return tijdstip == null ? null : tijdstip.atZone(NEDERLAND).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return Stream.of(a, b).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }
}
