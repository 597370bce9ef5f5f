package nl.startklaswijzer.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.engine.inheritance.Layers;
import nl.startklaswijzer.engine.inheritance.Manifest;

/**
 * The parameters of a set and the sets it builds on. Each layer's parameters.yaml adds parameters of its own; a
 * derived set gives a base's parameter another value only under 'parameters' in its regelset.yaml, with the source
 * that says so, so that a typo in a name is an error rather than a silent new parameter.
 */
final class LayeredParameters {

    private LayeredParameters() {
    }

    static Parameters read(Layers layers, List<CompileError> errors) {
        List<Map.Entry<String, String>> files = layers.everyLayer(Parameters.FILE);
        if (files.isEmpty()) {
            errors.add(new CompileError(Parameters.FILE, null, "Dit bestand ontbreekt in de regelset."));
            return null;
        }
        boolean derived = layers.chain().size() > 1;
        Map<String, Parameter> byName = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        int before = errors.size();
        for (Map.Entry<String, String> file : files) {
            String set = layers.setOf(file.getKey());
            try {
                for (Parameter parameter : Parameters.parse(file.getValue()).all()) {
                    if (byName.containsKey(parameter.getNaam())) {
                        errors.add(new CompileError(file.getKey(), SourceLines.lineOf(file.getValue(),
                                Pattern.compile("^" + Pattern.quote(parameter.getNaam()) + "\\s*:")), "Parameter '"
                                + parameter.getNaam() + "' staat al in de basis " + origins.get(parameter.getNaam())
                                + "; geef hem een andere waarde onder 'parameters' in regelset.yaml, met de bron."));
                    } else {
                        byName.put(parameter.getNaam(), parameter);
                        if (derived) {
                            origins.put(parameter.getNaam(), set);
                        }
                    }
                }
            } catch (InvalidRuleSetException e) {
                e.errors().forEach(error -> errors.add(at(file.getKey(), error)));
            }
        }
        List<Layers.Layer> chain = layers.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Layers.Layer layer = chain.get(i);
            for (Manifest.Override override : layer.manifest().parameters().values()) {
                Parameter base = byName.get(override.naam());
                String file = layer.prefix() + Manifest.FILE;
                if (base == null) {
                    errors.add(new CompileError(file, override.line(), "Onbekende parameter '" + override.naam()
                            + "': de basis heeft geen parameter met die naam."));
                    continue;
                }
                try {
                    byName.put(override.naam(), Parameters.override(base, override.waarde(), override.omschrijving(),
                            override.bron(), override.status()));
                    origins.put(override.naam(), layer.name());
                } catch (IllegalArgumentException e) {
                    errors.add(new CompileError(file, override.line(), "Parameter '" + override.naam() + "': " + e.getMessage()));
                }
            }
        }
        return errors.size() > before ? null : Parameters.layered(byName, origins);
    }

    /** The same error, at the file's path in the set's source (a base's file under "../"). */
    static CompileError at(String path, CompileError error) {
        return new CompileError(path, error.regelnummer(), error.melding(), error.detail());
    }
}
