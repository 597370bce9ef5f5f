package nl.startklaswijzer.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Weigering;
import nl.startklaswijzer.opslag.Database;

/** The startklas groups, and which children are placed in them, each known only by its complicating factors. */
@ApplicationScoped
public class Groepen {

    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    private final Database database;

    public Groepen(Database database) {
        this.database = database;
    }

    /** A child placed in a group: its reference (for the dossier only) and its complicating factors. */
    public record Geplaatst(String referentie, LocalDate startdatum, List<ComplicerendeFactor> complicerendeFactoren) {
    }

    public List<Groep> alle() {
        return database.query("SELECT naam, plaats, capaciteit FROM groep ORDER BY naam",
                row -> new Groep(row.getString("naam"), row.getString("plaats"), row.getInt("capaciteit")));
    }

    public Optional<Groep> vind(String naam) {
        return database.one("SELECT naam, plaats, capaciteit FROM groep WHERE naam = ?",
                row -> new Groep(row.getString("naam"), row.getString("plaats"), row.getInt("capaciteit")), naam);
    }

    public Groep maakAan(Groep groep) {
        if (groep.naam() == null || !NAAM.matcher(groep.naam()).matches()) {
            throw Weigering.ongeldig("naam", "Een groepsnaam is 1 tot 64 tekens: letters, cijfers, spatie, punt of streepje.");
        }
        if (groep.plaats() == null || groep.plaats().isBlank() || groep.plaats().length() > 100) {
            throw Weigering.ongeldig("plaats", "Noem waar de groep is (ten hoogste 100 tekens), zoals de school of het adres.");
        }
        if (groep.capaciteit() < 1) {
            throw Weigering.ongeldig("capaciteit", "De capaciteit is een positief aantal plaatsen.");
        }
        if (vind(groep.naam()).isPresent()) {
            throw Weigering.ongeldig("naam", "De groep '" + groep.naam() + "' bestaat al.");
        }
        database.update("INSERT INTO groep (naam, plaats, capaciteit) VALUES (?, ?, ?)", groep.naam(), groep.plaats(),
                groep.capaciteit());
        return groep;
    }

    /** The children placed in the group who have not returned or left by the given day. */
    public List<Geplaatst> geplaatst(String groep, LocalDate op) {
        return database.query("SELECT referentie, startdatum, complicerende_factoren FROM plaatsing WHERE groep = ? "
                        + "AND (teruggeplaatst_op IS NULL OR teruggeplaatst_op > ?) AND (beeindigd_op IS NULL OR beeindigd_op > ?) "
                        + "ORDER BY startdatum, referentie",
                row -> new Geplaatst(row.getString("referentie"), Database.date(row, "startdatum"),
                        factoren(row.getString("complicerende_factoren"))), groep, op, op);
    }

    static String tekst(List<ComplicerendeFactor> factoren) {
        return String.join(",", factoren.stream().map(Enum::name).toList());
    }

    static List<ComplicerendeFactor> factoren(String tekst) {
        return tekst == null || tekst.isBlank() ? List.of()
                : Arrays.stream(tekst.split(",")).map(ComplicerendeFactor::valueOf).toList();
    }
}
