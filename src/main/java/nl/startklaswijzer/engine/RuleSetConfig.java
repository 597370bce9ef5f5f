package nl.startklaswijzer.engine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;

/** Where the rule sets live and which one answers when a request names none. */
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
}
