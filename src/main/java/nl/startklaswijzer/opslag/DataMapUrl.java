package nl.startklaswijzer.opslag;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Puts the embedded database in the folder named by startklaswijzer.data.map (default data), so that several instances
 * on one machine can each have their own. H2 refuses a path that is implicitly relative to the working directory, and
 * a configuration expression cannot make a path absolute, so the URL is derived here unless it is set explicitly.
 */
@Priority(Priorities.APPLICATION)
public class DataMapUrl implements ConfigSourceInterceptor {

    static final String URL = "quarkus.datasource.h2.jdbc.url";
    static final String MAP = "startklaswijzer.data.map";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue configured = context.proceed(name);
        if (!URL.equals(name) || configured != null) {
            return configured;
        }
        ConfigValue map = context.proceed(MAP);
        Path folder = Path.of(map == null || map.getValue() == null ? "data" : map.getValue()).toAbsolutePath();
        return ConfigValue.builder().withName(URL)
                .withValue("jdbc:h2:file:" + folder.resolve("startklaswijzer") + ";DB_CLOSE_ON_EXIT=FALSE")
                .build();
    }

    /** Configuration mappings read only the names they are shown, so the derived URL is named here too. */
    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>();
        context.iterateNames().forEachRemaining(names::add);
        names.add(URL);
        return names.iterator();
    }
}
