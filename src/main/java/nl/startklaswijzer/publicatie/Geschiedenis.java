package nl.startklaswijzer.publicatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.dossier.RegelsetArchief;
import nl.startklaswijzer.engine.PublishedVersions;
import nl.startklaswijzer.engine.RuleSet;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.VersionInUse;
import nl.startklaswijzer.opslag.Database;
import org.jboss.logging.Logger;

/**
 * The history of every rule set: each version that served, who brought it (a publisher, or "bestand" for files
 * found in the rules folder), when, with what note, and its files. Versions are never changed: a rollback is a new
 * entry equal to an old version.
 */
@ApplicationScoped
public class Geschiedenis implements PublishedVersions {

    /** The author of a version that was found in the rules folder rather than published through the service. */
    public static final String BESTAND = "bestand";

    private static final Logger LOG = Logger.getLogger(Geschiedenis.class);

    private final Database database;
    private final RegelsetArchief archief;

    public Geschiedenis(Database database, RegelsetArchief archief) {
        this.database = database;
        this.archief = archief;
    }

    /** One version as it served. */
    public record Versie(long id, String naam, String versie, String vorigeVersie, Instant tijdstip, String auteur,
                         String toelichting) {
    }

    /**
     * Records a version that started to serve, unless the database already holds it as the set's version in use:
     * another service on the same folder and database may have recorded it first. The row lock on the set's stand
     * makes two services that load the same version at once record it once.
     */
    void inGebruik(@Observes VersionInUse event) {
        try {
            database.transaction(tx -> {
                String naam = event.ruleSet().name();
                String versie = event.ruleSet().version().versie();
                Optional<String> stand = tx.one("SELECT versie FROM regelset_stand WHERE naam = ? FOR UPDATE",
                        row -> row.getString("versie"), naam);
                if (stand.filter(versie::equals).isPresent()) {
                    return null;
                }
                if (stand.isPresent()) {
                    tx.update("UPDATE regelset_stand SET versie = ? WHERE naam = ?", versie, naam);
                } else {
                    tx.update("INSERT INTO regelset_stand (naam, versie) VALUES (?, ?)", naam, versie);
                }
                archief.bewaar(tx, event.ruleSet());
                VersionInUse.Publication publication = event.publication();
                tx.update("INSERT INTO regelset_geschiedenis (naam, versie, vorige_versie, tijdstip, auteur, toelichting) "
                                + "VALUES (?, ?, ?, ?, ?, ?)", naam, versie, stand.orElse(null), Instant.now(),
                        publication == null ? BESTAND : publication.auteur(),
                        publication == null ? null : publication.toelichting());
                return null;
            });
        } catch (RuntimeException e) {
            // The version serves all the same; the history misses it until it serves again.
            LOG.warnf("Geschiedenis van regelset %s niet bijgewerkt: %s", event.ruleSet().name(), e.getMessage());
        }
    }

    /** A version the shared database holds as in use has passed the gate of the service that published it. */
    @Override
    public boolean passedGate(String naam, String versie) {
        try {
            return database.one("SELECT 1 FROM regelset_stand WHERE naam = ? AND versie = ?", row -> true, naam, versie)
                    .isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The versions of a set, newest first. */
    public List<Versie> versies(String naam) {
        return database.query("SELECT id, naam, versie, vorige_versie, tijdstip, auteur, toelichting FROM regelset_geschiedenis "
                        + "WHERE naam = ? ORDER BY id DESC",
                row -> new Versie(row.getLong("id"), row.getString("naam"), row.getString("versie"),
                        row.getString("vorige_versie"), Database.instant(row, "tijdstip"), row.getString("auteur"),
                        row.getString("toelichting")), naam);
    }

    /**
     * The files of a version of a set: the serving set's own when the version is blank or the serving one, otherwise
     * those the history kept; a version it never saw is refused naming the field that asked for it.
     */
    public RuleSetSource bestanden(RuleSet serving, String versie, String veld) {
        if (versie == null || versie.isBlank() || serving.version().versie().equals(versie)) {
            return serving.source();
        }
        return bestanden(serving.name(), versie).orElseThrow(() -> Weigering.onbekend(veld,
                "Versie " + versie + " van regelset " + serving.name() + " staat niet in de geschiedenis."));
    }

    /** The files of a version that served, or empty for a version this service's database never saw. */
    public Optional<RuleSetSource> bestanden(String naam, String versie) {
        return archief.bron(new RegelsetVersie(naam, versie));
    }
}
