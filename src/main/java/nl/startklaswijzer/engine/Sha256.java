package nl.startklaswijzer.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/** A SHA-256 over whatever the caller feeds it, in hexadecimal: the versions and fingerprints of the engine. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(Consumer<MessageDigest> feed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            feed.accept(digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
