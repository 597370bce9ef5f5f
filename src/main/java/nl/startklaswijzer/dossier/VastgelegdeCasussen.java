package nl.startklaswijzer.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.engine.CaseloadImpact;
import nl.startklaswijzer.opslag.Database;

/**
 * The real caseload a rule change is tried on: the cases recorded with a set's advices in the last months, newest
 * first, each under its pseudonymous reference. A case recorded twice counts once, as its latest recording.
 */
@ApplicationScoped
public class VastgelegdeCasussen {

    private final Database database;
    private final ObjectReader caseReader;

    public VastgelegdeCasussen(Database database, ObjectMapper mapper) {
        this.database = database;
        this.caseReader = mapper.readerFor(Casus.class);
    }

    public List<CaseloadImpact.RecordedCase> vanDeLaatsteMaanden(String regelset, int maanden) {
        Instant vanaf = Instant.now().atOffset(ZoneOffset.UTC).minusMonths(maanden).toInstant();
        // The latest advice per reference, found in one grouped pass: a subquery per row would read the table once
        // for every advice, which PostgreSQL's planner does on a table it has not analysed yet.
        return database.query("SELECT a.referentie, a.casus FROM dossier_advies a "
                        + "JOIN (SELECT MAX(id) AS id FROM dossier_advies WHERE regelset = ? GROUP BY referentie) laatste ON laatste.id = a.id "
                        + "WHERE a.tijdstip >= ? ORDER BY a.id DESC",
                row -> new CaseloadImpact.RecordedCase(row.getString("referentie"), casus(row.getString("casus"))),
                regelset, vanaf);
    }

    private Casus casus(String json) {
        try {
            return caseReader.readValue(json);
        } catch (JsonProcessingException e) {
            // A case recorded by an older version whose shape no longer reads is one that cannot be replayed.
            return null;
        }
    }
}
