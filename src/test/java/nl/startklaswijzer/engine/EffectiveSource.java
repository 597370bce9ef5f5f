package nl.startklaswijzer.engine;

import java.nio.file.Path;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.inheritance.Manifest;

/** A rule set's folder read as the service serves it: with the files of the sets it builds on. */
public final class EffectiveSource {

    private EffectiveSource() {
    }

    public static RuleSetSource read(Path folder) throws InvalidRuleSetException {
        RuleSetSource own = RuleSetSource.read(folder);
        String basis = Manifest.read(Manifest.FILE, own.files().get(Manifest.FILE)).basis();
        return basis == null ? own : Layers.combine(own, read(folder.resolveSibling(basis)));
    }
}
