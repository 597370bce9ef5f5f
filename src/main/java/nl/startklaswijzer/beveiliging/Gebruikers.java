package nl.startklaswijzer.beveiliging;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.startklaswijzer.opslag.Database;

/** The users in the database: their password hashes (bcrypt), roles and failed sign-ins. */
@ApplicationScoped
public class Gebruikers {

    private static final String COLUMNS = "g.gebruikersnaam, g.wachtwoord_hash, g.actief, g.mislukte_pogingen, "
            + "g.eerste_mislukking, g.laatste_mislukking, g.vergrendeld_tot, g.aangemaakt, g.organisatie, r.rol";

    private final Database database;

    public Gebruikers(Database database) {
        this.database = database;
    }

    /** What sign-in needs to know about a user: the hash and the failed attempts, beside what anyone may see. */
    record Opgeslagen(Gebruiker gebruiker, String hash, int mislukt, Instant eersteMislukking, Instant laatsteMislukking) {

        /** Roles in their fixed order, unchangeable from outside. */
        Opgeslagen metRollen(EnumSet<Rol> rollen) {
            Gebruiker g = gebruiker;
            Set<Rol> vast = Collections.unmodifiableSet(EnumSet.copyOf(rollen));
            return new Opgeslagen(new Gebruiker(g.gebruikersnaam(), vast, g.actief(), g.vergrendeldTot(), g.aangemaakt(),
                    g.organisatie()),
                    hash, mislukt, eersteMislukking, laatsteMislukking);
        }
    }

    public boolean bestaatEr() {
        return database.one("SELECT COUNT(*) FROM gebruiker", row -> row.getLong(1)).orElse(0L) > 0;
    }

    public List<Gebruiker> alle() {
        return lees("", new Object[0]).stream().map(Opgeslagen::gebruiker)
                .sorted(Comparator.comparing(Gebruiker::gebruikersnaam)).toList();
    }

    public Optional<Gebruiker> vind(String naam) {
        return opgeslagen(naam).map(Opgeslagen::gebruiker);
    }

    Optional<Opgeslagen> opgeslagen(String naam) {
        return lees(" WHERE g.gebruikersnaam = ?", new Object[] {naam}).stream().findFirst();
    }

    public void maakAan(String naam, String wachtwoord, Set<Rol> rollen, String organisatie) {
        String hash = BcryptUtil.bcryptHash(wachtwoord);
        database.transaction(tx -> {
            tx.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, actief, mislukte_pogingen, aangemaakt, organisatie) "
                    + "VALUES (?, ?, TRUE, 0, ?, ?)", naam, hash, Instant.now(), organisatie);
            for (Rol rol : rollen) {
                tx.update("INSERT INTO gebruiker_rol (gebruikersnaam, rol) VALUES (?, ?)", naam, rol);
            }
            return null;
        });
    }

    public void zetRollen(String naam, Set<Rol> rollen) {
        database.transaction(tx -> {
            tx.update("DELETE FROM gebruiker_rol WHERE gebruikersnaam = ?", naam);
            for (Rol rol : rollen) {
                tx.update("INSERT INTO gebruiker_rol (gebruikersnaam, rol) VALUES (?, ?)", naam, rol);
            }
            return null;
        });
    }

    /** The user's organisation by its code; null: none. */
    public void zetOrganisatie(String naam, String organisatie) {
        database.update("UPDATE gebruiker SET organisatie = ? WHERE gebruikersnaam = ?", organisatie, naam);
    }

    /** Switching a user on again also lifts a lock, so that beheer can help someone who locked themselves out. */
    public void zetActief(String naam, boolean actief) {
        database.update("UPDATE gebruiker SET actief = ?, mislukte_pogingen = 0, eerste_mislukking = NULL, "
                + "laatste_mislukking = NULL, vergrendeld_tot = NULL WHERE gebruikersnaam = ?", actief, naam);
    }

    /** A new password also lifts a lock and forgets the failed attempts. */
    public void zetWachtwoord(String naam, String wachtwoord) {
        database.update("UPDATE gebruiker SET wachtwoord_hash = ?, mislukte_pogingen = 0, eerste_mislukking = NULL, "
                + "laatste_mislukking = NULL, vergrendeld_tot = NULL WHERE gebruikersnaam = ?",
                BcryptUtil.bcryptHash(wachtwoord), naam);
    }

    void registreerMislukking(String naam, int mislukt, Instant eerste, Instant laatste, Instant vergrendeldTot) {
        database.update("UPDATE gebruiker SET mislukte_pogingen = ?, eerste_mislukking = ?, laatste_mislukking = ?, "
                + "vergrendeld_tot = ? WHERE gebruikersnaam = ?", mislukt, eerste, laatste, vergrendeldTot, naam);
    }

    void vergeetMislukkingen(String naam) {
        database.update("UPDATE gebruiker SET mislukte_pogingen = 0, eerste_mislukking = NULL, laatste_mislukking = NULL, "
                + "vergrendeld_tot = NULL WHERE gebruikersnaam = ?", naam);
    }

    /** One row per role; a user without roles still comes back, through the outer join. */
    private List<Opgeslagen> lees(String where, Object[] parameters) {
        Map<String, Opgeslagen> users = new LinkedHashMap<>();
        Map<String, EnumSet<Rol>> roles = new LinkedHashMap<>();
        database.query("SELECT " + COLUMNS + " FROM gebruiker g LEFT JOIN gebruiker_rol r "
                + "ON r.gebruikersnaam = g.gebruikersnaam" + where, row -> {
                    String naam = row.getString("gebruikersnaam");
                    users.computeIfAbsent(naam, n -> read(row));
                    EnumSet<Rol> own = roles.computeIfAbsent(naam, n -> EnumSet.noneOf(Rol.class));
                    if (row.getString("rol") != null) {
                        own.add(Rol.valueOf(row.getString("rol")));
                    }
                    return naam;
                }, parameters);
        return users.values().stream().map(u -> u.metRollen(roles.get(u.gebruiker().gebruikersnaam()))).toList();
    }

    private static Opgeslagen read(ResultSet row) {
        try {
            Gebruiker gebruiker = new Gebruiker(row.getString("gebruikersnaam"), Set.of(), row.getBoolean("actief"),
                    Database.instant(row, "vergrendeld_tot"), Database.instant(row, "aangemaakt"),
                    row.getString("organisatie"));
            return new Opgeslagen(gebruiker, row.getString("wachtwoord_hash"), row.getInt("mislukte_pogingen"),
                    Database.instant(row, "eerste_mislukking"), Database.instant(row, "laatste_mislukking"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
