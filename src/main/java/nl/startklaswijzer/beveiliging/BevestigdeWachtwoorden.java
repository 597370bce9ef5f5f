package nl.startklaswijzer.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, briefly, that a user's password checked out, so that an API client signing every call with HTTP Basic
 * does not pay a bcrypt hash each time. It keeps a keyed hash of the password, never the password, under a key made
 * fresh at every start; any change to the user forgets the entry at once.
 */
@ApplicationScoped
public class BevestigdeWachtwoorden {

    private final Map<String, Bevestigd> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final AanmeldConfig config;

    private record Bevestigd(byte[] digest, Set<Rol> rollen, Instant tot) {
    }

    public BevestigdeWachtwoorden(AanmeldConfig config) {
        this.config = config;
        new SecureRandom().nextBytes(key);
    }

    /** The user's roles if this password checked out for this user a short while ago. */
    Optional<Set<Rol>> rollen(String naam, String wachtwoord, Instant now) {
        Bevestigd entry = entries.get(naam);
        if (entry == null || entry.tot().isBefore(now)) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(naam, wachtwoord)) ? Optional.of(entry.rollen()) : Optional.empty();
    }

    void onthoud(String naam, String wachtwoord, Set<Rol> rollen, Instant now) {
        if (config.onthouden().isZero() || config.onthouden().isNegative()) {
            return;
        }
        entries.put(naam, new Bevestigd(digest(naam, wachtwoord), Set.copyOf(rollen), now.plus(config.onthouden())));
    }

    public void vergeet(String naam) {
        entries.remove(naam);
    }

    private byte[] digest(String naam, String wachtwoord) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(naam.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(wachtwoord.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
