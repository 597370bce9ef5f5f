package nl.startklaswijzer.beveiliging;

import java.util.function.Supplier;

/**
 * Lets one password check at a time run per user name. When a remembered password runs out, every request of a busy
 * API client misses at once; one of them checks the password while the others wait, and they then find it
 * remembered, instead of all paying a bcrypt hash together and stalling the service. The locks are a fixed set,
 * shared by names that hash alike, so that unknown names cannot make the set grow.
 */
final class EenTegelijk {

    private static final int STRIPES = 64;

    private final Object[] locks = new Object[STRIPES];

    EenTegelijk() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    <T> T voor(String naam, Supplier<T> controle) {
        synchronized (locks[Math.floorMod(naam.hashCode(), STRIPES)]) {
            return controle.get();
        }
    }
}
