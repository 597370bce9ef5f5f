package nl.startklaswijzer.beveiliging;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a sign-in may be tried, and what a failure does to the account: after a few failures each next attempt must
 * wait, twice as long each time; after the maximum within the window the account is locked for a while. Refusing an
 * early attempt outright, rather than holding the request, keeps a guesser from tying up the server's threads.
 */
final class AanmeldBeleid {

    private final AanmeldConfig config;

    AanmeldBeleid(AanmeldConfig config) {
        this.config = config;
    }

    /** The failed attempts after one more failure at {@code now}, and until when the account is then locked. */
    record Stand(int mislukt, Instant eerste, Instant laatste, Instant vergrendeldTot) {

        boolean vergrendelt() {
            return vergrendeldTot != null;
        }
    }

    /** Why an attempt at {@code now} is refused before its password is checked; empty when it may be tried. */
    Optional<String> weigering(Gebruikers.Opgeslagen user, Instant now) {
        if (user.gebruiker().isVergrendeld(now)) {
            return Optional.of("vergrendeld");
        }
        if (!inWindow(user, now)) {
            return Optional.empty();
        }
        if (user.laatsteMislukking().plus(wachttijd(user.mislukt())).isAfter(now)) {
            return Optional.of("te snel na een mislukte poging");
        }
        return Optional.empty();
    }

    Stand naMislukking(Gebruikers.Opgeslagen user, Instant now) {
        boolean counting = inWindow(user, now);
        int failed = counting ? user.mislukt() + 1 : 1;
        Instant first = counting ? user.eersteMislukking() : now;
        Instant lockedUntil = failed >= config.maximumPogingen() ? now.plus(config.vergrendeling()) : null;
        return new Stand(lockedUntil != null ? 0 : failed, lockedUntil != null ? null : first,
                lockedUntil != null ? null : now, lockedUntil);
    }

    /** No wait below the threshold; then the base delay, doubled with each further failure, up to the maximum. */
    Duration wachttijd(int failed) {
        if (failed < config.vertragenNa()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failed - config.vertragenNa(), 20);
        Duration wait = config.vertraging().multipliedBy(1L << doublings);
        return wait.compareTo(config.maximaleVertraging()) > 0 ? config.maximaleVertraging() : wait;
    }

    /** Failures older than the window no longer count. */
    private boolean inWindow(Gebruikers.Opgeslagen user, Instant now) {
        return user.eersteMislukking() != null && user.laatsteMislukking() != null
                && user.eersteMislukking().plus(config.venster()).isAfter(now);
    }
}
