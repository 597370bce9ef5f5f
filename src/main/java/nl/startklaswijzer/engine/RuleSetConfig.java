package nl.startklaswijzer.engine;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;

/** Where the rule sets live, which one answers when a request names none, and how far a candidate set may run. */
@ConfigMapping(prefix = "startklaswijzer.regels")
public interface RuleSetConfig {

    /** The folder whose subfolders are rule sets, each named after its folder. */
    @WithDefault("rules")
    Path map();

    /** The rule set used when a request names none. */
    @WithDefault("cluster-brunssum")
    String standaard();

    /** How often to look for changed rule files, such as "1s"; "off" switches live reload off. */
    @WithName("controle-interval")
    @WithDefault("1s")
    String controleInterval();

    /**
     * How long the scenarios of a candidate rule set (a reload, a validation, an impact check) may run together
     * before they are stopped; normally they take well under a second.
     */
    @WithDefault("5s")
    Duration tijdslimiet();

    /** How much memory one evaluation of a candidate may allocate before it is stopped; one normally takes about 1 MB. */
    @WithDefault("64M")
    MemorySize geheugenlimiet();
}
