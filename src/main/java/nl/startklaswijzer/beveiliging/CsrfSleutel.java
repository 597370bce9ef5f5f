package nl.startklaswijzer.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs the forms' tokens, derived from the session key (configured, or made for this run by
 * SessieSleutel), so that tokens, like sessions, survive a restart and work on every instance when it is configured.
 */
@ApplicationScoped
public class CsrfSleutel {

    private final byte[] bytes;

    public CsrfSleutel(@ConfigProperty(name = SessieSleutel.KEY) String sessionKey) {
        this.bytes = derive(sessionKey);
    }

    byte[] bytes() {
        return bytes;
    }

    /** A key of its own for this purpose, so that the session key itself is never used twice. */
    private static byte[] derive(String sessionKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("startklaswijzer-csrf:" + sessionKey).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
