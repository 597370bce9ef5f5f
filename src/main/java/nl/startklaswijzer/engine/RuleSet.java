package nl.startklaswijzer.engine;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.RegelsetVersie;
import nl.startklaswijzer.domein.Samenvattingen;

/**
 * A compiled rule set, ready to evaluate cases: immutable, so that it can be swapped whole. Its version (a hash of
 * its files) is computed once, when it is compiled, for every advice names it. Its sessions keep the parameters and
 * the catalogue standing between cases (see Sessions).
 * The catalogue holds the region's arrangements that the rules weigh for each case.
 */
public record RuleSet(RuleSetSource source, RegelsetVersie version, Sessions sessions, Parameters parameters,
                      Samenvattingen samenvattingen, Catalogus catalogus, List<RuleDescription> rules, Instant loadedAt,
                      Compiled compiled) {

    public String name() {
        return source.name();
    }

    /**
     * The rules in the compiled form that a cache keeps between starts (a kjar, made on request): freshly compiled,
     * or loaded from the cache without compiling.
     */
    public record Compiled(boolean fromCache, Supplier<byte[]> kjar) {
    }
}
