package nl.startklaswijzer.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.startklaswijzer.beveiliging.Organisatie;
import nl.startklaswijzer.beveiliging.OrganisatieSoort;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Voorziening;
import nl.startklaswijzer.opslag.Database;

/** Reads signals and consents, within the caller's transaction. */
@ApplicationScoped
class OverdrachtLezer {

    /** Every column but the request and answer as recorded, which only a dossier's own reading needs. */
    private static final String KORT = "s.id, s.referentie, s.organisatie, s.tijdstip, s.gebruiker, s.peildatum, s.voorziening, "
            + "s.signaal, s.knooppunt_rond, s.inschrijven_niet_voor, s.regelset, s.regelset_versie, o.naam, o.soort";
    private static final String VOLLEDIG = KORT + ", s.invoer, s.uitslag";
    private static final String VAN = " FROM signalering s JOIN organisatie o ON o.code = s.organisatie";
    private static final String NIEUWSTE_EERST = " ORDER BY s.tijdstip DESC, s.id DESC";

    List<VastgelegdeSignalering> signaleringen(Database.Transaction tx, String referentie) throws SQLException {
        return tx.query("SELECT " + VOLLEDIG + VAN + " WHERE s.referentie = ?" + NIEUWSTE_EERST,
                row -> signalering(row, true), referentie);
    }

    Optional<VastgelegdeSignalering> signalering(Database.Transaction tx, String referentie, long id) throws SQLException {
        return tx.one("SELECT " + VOLLEDIG + VAN + " WHERE s.referentie = ? AND s.id = ?", row -> signalering(row, true),
                referentie, id);
    }

    /** Whether the organisation has recorded a signal in this dossier: the reference is then its own. */
    boolean heeftSignaleringVan(Database.Transaction tx, String referentie, String organisatie) throws SQLException {
        return tx.one("SELECT 1 FROM signalering WHERE referentie = ? AND organisatie = ? FETCH FIRST 1 ROWS ONLY", row -> true,
                referentie, organisatie).isPresent();
    }

    /** The signals of every dossier, or of one organisation's, without the recorded request and answer. */
    List<VastgelegdeSignalering> overzicht(Database.Transaction tx, String organisatie) throws SQLException {
        return organisatie == null
                ? tx.query("SELECT " + KORT + VAN + NIEUWSTE_EERST, row -> signalering(row, false))
                : tx.query("SELECT " + KORT + VAN + " WHERE s.organisatie = ?" + NIEUWSTE_EERST, row -> signalering(row, false),
                        organisatie);
    }

    List<Toestemming> toestemmingen(Database.Transaction tx, String referentie) throws SQLException {
        return tx.query("SELECT * FROM toestemming WHERE referentie = ? ORDER BY vastgelegd_op DESC, id DESC",
                OverdrachtLezer::toestemming, referentie);
    }

    Optional<Toestemming> toestemming(Database.Transaction tx, long id) throws SQLException {
        return tx.one("SELECT * FROM toestemming WHERE id = ?", OverdrachtLezer::toestemming, id);
    }

    /** The consents in every dossier that has a signal (of this organisation, if named). */
    List<Toestemming> toestemmingenBijSignaleringen(Database.Transaction tx, String organisatie) throws SQLException {
        return organisatie == null
                ? tx.query("SELECT * FROM toestemming", OverdrachtLezer::toestemming)
                : tx.query("SELECT * FROM toestemming WHERE organisatie = ?", OverdrachtLezer::toestemming, organisatie);
    }

    Optional<Instant> laatsteAdvies(Database.Transaction tx, String referentie) throws SQLException {
        return tx.one("SELECT tijdstip FROM dossier_advies WHERE referentie = ? ORDER BY tijdstip DESC FETCH FIRST 1 ROWS ONLY",
                row -> Database.instant(row, "tijdstip"), referentie);
    }

    /** Per dossier with a signal (of this organisation, if named), when its last advice was recorded. */
    Map<String, Instant> laatsteAdviezen(Database.Transaction tx, String organisatie) throws SQLException {
        String signaleringen = organisatie == null ? "SELECT referentie FROM signalering"
                : "SELECT referentie FROM signalering WHERE organisatie = ?";
        Object[] parameters = organisatie == null ? new Object[0] : new Object[] {organisatie};
        Map<String, Instant> laatste = new HashMap<>();
        tx.query("SELECT referentie, MAX(tijdstip) AS laatste FROM dossier_advies WHERE referentie IN (" + signaleringen
                + ") GROUP BY referentie", row -> laatste.put(row.getString("referentie"), Database.instant(row, "laatste")),
                parameters);
        return laatste;
    }

    private static VastgelegdeSignalering signalering(ResultSet row, boolean volledig) throws SQLException {
        return new VastgelegdeSignalering(row.getLong("id"), row.getString("referentie"),
                new Organisatie(row.getString("organisatie"), row.getString("naam"), OrganisatieSoort.valueOf(row.getString("soort"))),
                Database.instant(row, "tijdstip"), row.getString("gebruiker"), Database.date(row, "peildatum"),
                Voorziening.valueOf(row.getString("voorziening")), Signaal.valueOf(row.getString("signaal")),
                Database.date(row, "knooppunt_rond"), Database.date(row, "inschrijven_niet_voor"),
                new RegelsetVersie(row.getString("regelset"), row.getString("regelset_versie")),
                volledig ? row.getString("invoer") : null, volledig ? row.getString("uitslag") : null);
    }

    private static Toestemming toestemming(ResultSet row) throws SQLException {
        return new Toestemming(row.getLong("id"), row.getString("referentie"), row.getString("organisatie"),
                Toestemmer.valueOf(row.getString("gegeven_door")), Database.date(row, "gegeven_op"),
                Arrays.stream(row.getString("voor").split(",")).map(Doel::valueOf).toList(),
                row.getString("vastgelegd_door"), Database.instant(row, "vastgelegd_op"), Database.date(row, "ingetrokken_op"),
                row.getString("ingetrokken_door"), Database.instant(row, "intrekking_vastgelegd_op"));
    }
}
