package nl.startklaswijzer.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import nl.startklaswijzer.opslag.Database;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who did what, and when, in the database where beheer can read it. Entries name the account or record concerned
 * and the kind of action, never a password nor the contents of a case.
 */
@ApplicationScoped
public class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** In the API document "AuditRegel", so that a client does not take it for a rule ("regel") of a rule set. */
    @Schema(name = "AuditRegel")
    public record Regel(Instant tijdstip, String door, Handeling handeling, String betreft, String toelichting) {
    }

    public void schrijf(String door, Handeling handeling, String betreft, String toelichting) {
        database.transaction(tx -> {
            schrijf(tx, door, handeling, betreft, toelichting);
            return null;
        });
    }

    /** Within a change's own transaction, so that the change and its entry are recorded together or not at all. */
    public void schrijf(Database.Transaction tx, String door, Handeling handeling, String betreft, String toelichting)
            throws SQLException {
        tx.update("INSERT INTO audit (tijdstip, door, handeling, betreft, toelichting) VALUES (?, ?, ?, ?, ?)",
                Instant.now(), door, handeling, betreft, toelichting);
    }

    /** The newest entries first. */
    public List<Regel> recent(int maximum) {
        return database.query("SELECT tijdstip, door, handeling, betreft, toelichting FROM audit "
                        + "ORDER BY tijdstip DESC, id DESC FETCH FIRST " + maximum + " ROWS ONLY",
                row -> new Regel(Database.instant(row, "tijdstip"), row.getString("door"),
                        Handeling.valueOf(row.getString("handeling")), row.getString("betreft"), row.getString("toelichting")));
    }
}
