package nl.startklaswijzer.engine.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import nl.startklaswijzer.opslag.Database;
import nl.startklaswijzer.opslag.DatabaseException;
import org.jboss.logging.Logger;

/**
 * The key that signs the compiled rules this service keeps in its data folder. It is made once, at random, and kept
 * in the database rather than beside the files it signs: who can write to the data folder cannot make a file that
 * passes for one of ours without also reaching the database (with PostgreSQL, another machine and another account).
 */
@ApplicationScoped
public class CacheKey {

    private static final Logger LOG = Logger.getLogger(CacheKey.class);
    private static final String PURPOSE = "regelcache";

    private final Database database;
    private volatile byte[] key;

    public CacheKey(Database database) {
        this.database = database;
    }

    /** The key, made the first time it is asked for; empty while the database cannot be reached. */
    Optional<byte[]> get() {
        if (key == null) {
            try {
                key = readOrMake();
            } catch (RuntimeException e) {
                LOG.warnf("De sleutel van de regelcache is niet te lezen (%s); regelsets worden gecompileerd.", e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    private byte[] readOrMake() {
        Optional<byte[]> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        try {
            database.update("INSERT INTO dienst_sleutel (doel, waarde) VALUES (?, ?)", PURPOSE,
                    Base64.getEncoder().encodeToString(made));
            return made;
        } catch (DatabaseException e) {
            // Another service on the same database made it at the same moment: use theirs.
            return read().orElseThrow(() -> e);
        }
    }

    private Optional<byte[]> read() {
        return database.one("SELECT waarde FROM dienst_sleutel WHERE doel = ?",
                row -> Base64.getDecoder().decode(row.getString("waarde")), PURPOSE);
    }
}
