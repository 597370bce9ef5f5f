package nl.startklaswijzer.beveiliging;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Supplies a random session key for this run when none is configured. Quarkus would make one too, but writes it to
 * the log, and a key in a log is a key anyone with the log can use to forge a session.
 */
@Priority(Priorities.APPLICATION)
public class SessieSleutel implements ConfigSourceInterceptor {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private static final String RANDOM = random();

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue configured = context.proceed(name);
        if (!KEY.equals(name) || configured != null) {
            return configured;
        }
        return ConfigValue.builder().withName(KEY).withValue(RANDOM).build();
    }

    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>();
        context.iterateNames().forEachRemaining(names::add);
        names.add(KEY);
        return names.iterator();
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
