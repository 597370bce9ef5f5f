package nl.startklaswijzer.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A checked password is remembered for the configured time, for that password only; 0S remembers none. */
class BevestigdeWachtwoordenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aCheckedPasswordIsRememberedForTheConfiguredTime() {
        BevestigdeWachtwoorden bevestigd = new BevestigdeWachtwoorden(onthouden(Duration.ofSeconds(60)));
        bevestigd.onthoud("an", "an-wachtwoord-123", Set.of(Rol.KNOOPPUNT), NOW);

        assertEquals(Optional.of(Set.of(Rol.KNOOPPUNT)), bevestigd.rollen("an", "an-wachtwoord-123", NOW.plusSeconds(59)));
        assertTrue(bevestigd.rollen("an", "een-ander-wachtwoord", NOW.plusSeconds(1)).isEmpty());
        assertTrue(bevestigd.rollen("an", "an-wachtwoord-123", NOW.plusSeconds(61)).isEmpty());
    }

    @Test
    void zeroRemembersNothingSoEveryCallIsChecked() {
        BevestigdeWachtwoorden bevestigd = new BevestigdeWachtwoorden(onthouden(Duration.ZERO));
        bevestigd.onthoud("an", "an-wachtwoord-123", Set.of(Rol.KNOOPPUNT), NOW);

        assertTrue(bevestigd.rollen("an", "an-wachtwoord-123", NOW).isEmpty());
    }

    /** The sign-in settings with their defaults (Quarkus' form of durations), but for how long a password is remembered. */
    private static AanmeldConfig onthouden(Duration duration) {
        return new SmallRyeConfigBuilder().withMapping(AanmeldConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("startklaswijzer.aanmelden.onthouden", duration.toString())
                .build().getConfigMapping(AanmeldConfig.class);
    }
}
