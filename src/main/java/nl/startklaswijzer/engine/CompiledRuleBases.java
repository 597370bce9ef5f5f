package nl.startklaswijzer.engine;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the compiled rules of the versions that served are kept between starts, so that a restart with unchanged
 * files does not compile them again (see engine/cache). Only what this service itself kept for exactly the given
 * files comes back.
 */
public interface CompiledRuleBases {

    /** The kjar kept for exactly these files, after they compiled and passed their scenarios here; empty if none. */
    Optional<byte[]> read(RuleSetSource source);

    /** Keeps the kjar (made only when it can be kept) of files that compiled, passed their scenarios and now serve. */
    void write(RuleSetSource source, Supplier<byte[]> kjar);
}
