package nl.startklaswijzer.beveiliging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How sign-in protects accounts against guessing. */
@ConfigMapping(prefix = "startklaswijzer.aanmelden")
public interface AanmeldConfig {

    /** Failed sign-ins within the window that lock the account. */
    @WithDefault("10")
    int maximumPogingen();

    @WithDefault("15M")
    Duration venster();

    @WithDefault("15M")
    Duration vergrendeling();

    /** From this many failed sign-ins on, each next attempt must wait, twice as long each time. */
    @WithDefault("3")
    int vertragenNa();

    @WithDefault("1S")
    Duration vertraging();

    @WithDefault("30S")
    Duration maximaleVertraging();

    /**
     * How long a checked password is remembered, so that an API client does not pay bcrypt on every call; 0S checks
     * every call's password.
     */
    @WithDefault("60S")
    Duration onthouden();
}
