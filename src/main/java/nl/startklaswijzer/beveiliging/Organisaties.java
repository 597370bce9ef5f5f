package nl.startklaswijzer.beveiliging;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.startklaswijzer.opslag.Database;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The organisations in the database, and the one a signed-in user belongs to: a stored user's, or for a bearer token
 * the organisation its claim {@value #CLAIM} names. Read on every request, so that a change by beheer counts at once.
 */
@ApplicationScoped
public class Organisaties {

    /** The claim in a token of the organisation's identity provider that carries the organisation's code. */
    public static final String CLAIM = "organisatie";

    private final Database database;

    public Organisaties(Database database) {
        this.database = database;
    }

    public List<Organisatie> alle() {
        return database.query("SELECT code, naam, soort FROM organisatie ORDER BY naam, code", Organisaties::lees);
    }

    public Optional<Organisatie> vind(String code) {
        return database.one("SELECT code, naam, soort FROM organisatie WHERE code = ?", Organisaties::lees, code);
    }

    void maakAan(Organisatie organisatie) {
        database.update("INSERT INTO organisatie (code, naam, soort, aangemaakt) VALUES (?, ?, ?, ?)",
                organisatie.code(), organisatie.naam(), organisatie.soort(), Instant.now());
    }

    /** The organisation of the signed-in user, if any. */
    public Optional<Organisatie> van(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object code = token.getClaim(CLAIM);
            return code == null ? Optional.empty() : vind(code.toString());
        }
        return database.one("SELECT o.code, o.naam, o.soort FROM gebruiker g JOIN organisatie o ON o.code = g.organisatie "
                + "WHERE g.gebruikersnaam = ?", Organisaties::lees, identity.getPrincipal().getName());
    }

    private static Organisatie lees(ResultSet row) throws SQLException {
        return new Organisatie(row.getString("code"), row.getString("naam"), OrganisatieSoort.valueOf(row.getString("soort")));
    }
}
