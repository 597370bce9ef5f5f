package nl.startklaswijzer.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.opslag.Database;

/** Reads dossiers, within the caller's transaction so that what is read and what is then changed belong together. */
@ApplicationScoped
public class DossierLezer {

    record Kop(String referentie, int versie, Instant aangemaakt, LocalDate bewarenTot) {
    }

    Optional<Kop> kop(Database.Transaction tx, String referentie) throws SQLException {
        return tx.one("SELECT referentie, versie, aangemaakt, bewaren_tot FROM dossier WHERE referentie = ?",
                row -> new Kop(row.getString("referentie"), row.getInt("versie"), Database.instant(row, "aangemaakt"),
                        Database.date(row, "bewaren_tot")), referentie);
    }

    Optional<Dossier> dossier(Database.Transaction tx, String referentie) throws SQLException {
        Optional<Kop> kop = kop(tx, referentie);
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dossier(referentie, kop.get().versie(), kop.get().aangemaakt(), kop.get().bewarenTot(),
                adviezen(tx, referentie), besluiten(tx, referentie), plaatsing(tx, referentie).orElse(null),
                agenda(tx, referentie)));
    }

    List<Dossier.AdviesRegel> adviezen(Database.Transaction tx, String referentie) throws SQLException {
        return tx.query("SELECT id, tijdstip, gebruiker, regelset, regelset_versie, peildatum, uitkomst FROM dossier_advies "
                        + "WHERE referentie = ? ORDER BY tijdstip DESC, id DESC",
                row -> new Dossier.AdviesRegel(row.getLong("id"), Database.instant(row, "tijdstip"), row.getString("gebruiker"),
                        new RegelsetVersie(row.getString("regelset"), row.getString("regelset_versie")),
                        Database.date(row, "peildatum"), Uitkomst.valueOf(row.getString("uitkomst"))), referentie);
    }

    Optional<Dossier.VastgelegdAdvies> advies(Database.Transaction tx, String referentie, long id) throws SQLException {
        return tx.one("SELECT * FROM dossier_advies WHERE referentie = ? AND id = ?",
                row -> new Dossier.VastgelegdAdvies(row.getLong("id"), row.getString("referentie"),
                        Database.instant(row, "tijdstip"), row.getString("gebruiker"),
                        new RegelsetVersie(row.getString("regelset"), row.getString("regelset_versie")),
                        Database.date(row, "peildatum"), Database.date(row, "vandaag"),
                        Uitkomst.valueOf(row.getString("uitkomst")), row.getString("casus"), row.getString("advies")),
                referentie, id);
    }

    List<Dossier.Besluit> besluiten(Database.Transaction tx, String referentie) throws SQLException {
        return tx.query("SELECT * FROM besluit WHERE referentie = ? ORDER BY tijdstip DESC, id DESC", DossierLezer::besluit, referentie);
    }

    Optional<Plaatsing> plaatsing(Database.Transaction tx, String referentie) throws SQLException {
        return tx.one("SELECT * FROM plaatsing WHERE referentie = ?",
                row -> new Plaatsing(row.getString("groep"), Database.date(row, "startdatum"),
                        Groepen.factoren(row.getString("complicerende_factoren")), row.getString("regelset"),
                        Database.date(row, "teruggeplaatst_op"), Database.date(row, "tlv_aangevraagd_op"),
                        Database.date(row, "beeindigd_op")), referentie);
    }

    List<Dossier.AgendaItem> agenda(Database.Transaction tx, String referentie) throws SQLException {
        return tx.query("SELECT * FROM agenda_item WHERE referentie = ? ORDER BY datum, id", DossierLezer::agendaItem, referentie);
    }

    static Dossier.AgendaItem agendaItem(ResultSet row) throws SQLException {
        AgendaSoort soort = AgendaSoort.valueOf(row.getString("soort"));
        return new Dossier.AgendaItem(row.getLong("id"), row.getString("referentie"), soort, soort.label(),
                Database.date(row, "datum"), Database.instant(row, "gedaan_op"), row.getString("gedaan_door"));
    }

    private static Dossier.Besluit besluit(ResultSet row) throws SQLException {
        String aanwezig = row.getString("aanwezig");
        return new Dossier.Besluit(row.getLong("id"), row.getLong("advies_id"), Database.date(row, "datum"),
                Arrangement.valueOf(row.getString("arrangement")), Database.date(row, "startdatum"), row.getString("groep"),
                aanwezig.isBlank() ? List.of() : Arrays.stream(aanwezig.split(",")).map(Deelnemer::valueOf).toList(),
                row.getBoolean("wijkt_af"), row.getString("motivatie"), row.getString("gebruiker"), Database.instant(row, "tijdstip"),
                row.getString("afwijkingsreden") == null ? null : Afwijkingsreden.valueOf(row.getString("afwijkingsreden")));
    }
}
