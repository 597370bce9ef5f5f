package nl.startklaswijzer.engine.inheritance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.SourceLines;
import nl.startklaswijzer.engine.YamlFiles;

/**
 * A set's regelset.yaml: the set it builds on, the base's parameters it sets otherwise, and the rules, files and
 * scenarios of the base it switches off, each with the source that says so. A set without the file stands alone.
 */
public record Manifest(String basis, Integer basisLine, Map<String, Override> parameters, List<SwitchOff> uitgezet) {

    public static final String FILE = "regelset.yaml";
    static final Manifest NONE = new Manifest(null, null, Map.of(), List.of());

    /** A base parameter given another value; omschrijving may be left out, bron and status may not. */
    public record Override(String naam, JsonNode waarde, String omschrijving, String bron, String status, Integer line) {
    }

    /** Something of a base that this set does not use: a rule by name, a whole file, or a scenario by name. */
    public record SwitchOff(Soort soort, String naam, String bron, Integer line) {
    }

    public enum Soort {
        REGEL, BESTAND, SCENARIO;

        String key() {
            return name().toLowerCase();
        }
    }

    /** The manifest as the file says it, or NONE without one; the file name in errors is as the set knows it. */
    public static Manifest read(String file, String text) throws InvalidRuleSetException {
        if (text == null) {
            return NONE;
        }
        JsonNode root = YamlFiles.read(file, text);
        List<CompileError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidRuleSetException(new CompileError(file, 1, "Geef 'basis', en eventueel 'parameters' en 'uitgezet'."));
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!List.of("basis", "parameters", "uitgezet").contains(field)) {
                errors.add(new CompileError(file, line(text, "^" + Pattern.quote(field) + "\\s*:"),
                        "Onbekend veld '" + field + "'; een regelset.yaml kent 'basis', 'parameters' en 'uitgezet'."));
            }
        });
        String basis = root.path("basis").asText(null);
        if (basis != null && basis.isBlank()) {
            basis = null;
        }
        Map<String, Override> overrides = overrides(file, text, root.path("parameters"), errors);
        List<SwitchOff> switchOffs = switchOffs(file, text, root.path("uitgezet"), errors);
        if (basis == null && (!overrides.isEmpty() || !switchOffs.isEmpty())) {
            errors.add(new CompileError(file, 1, "Parameters wijzigen en regels uitzetten kan alleen met een 'basis'."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new Manifest(basis, line(text, "^basis\\s*:"), overrides, switchOffs);
    }

    private static Map<String, Override> overrides(String file, String text, JsonNode node, List<CompileError> errors) {
        Map<String, Override> overrides = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Integer line = line(text, "^\\s+" + Pattern.quote(name) + "\\s*:");
            if (!value.has("waarde") || value.path("bron").asText("").isBlank() || value.path("status").asText("").isBlank()) {
                errors.add(new CompileError(file, line, "Parameter '" + name
                        + "': geef 'waarde', 'bron' en 'status' (en eventueel een eigen 'omschrijving')."));
                return;
            }
            overrides.put(name, new Override(name, value.get("waarde"), value.path("omschrijving").asText(null),
                    value.get("bron").asText(), value.get("status").asText(), line));
        });
        return overrides;
    }

    private static List<SwitchOff> switchOffs(String file, String text, JsonNode node, List<CompileError> errors) {
        List<SwitchOff> switchOffs = new ArrayList<>();
        if (node.isMissingNode()) {
            return switchOffs;
        }
        if (!node.isArray()) {
            errors.add(new CompileError(file, line(text, "^uitgezet\\s*:"),
                    "'uitgezet' is een lijst, zoals '- regel: naam' met een 'bron'."));
            return switchOffs;
        }
        for (JsonNode entry : node) {
            Soort soort = null;
            for (Soort s : Soort.values()) {
                if (entry.hasNonNull(s.key())) {
                    soort = s;
                }
            }
            String name = soort == null ? null : entry.get(soort.key()).asText();
            Integer line = name == null ? line(text, "^uitgezet\\s*:") : line(text, Pattern.quote(name));
            if (soort == null || entry.path("bron").asText("").isBlank()) {
                errors.add(new CompileError(file, line,
                        "Elk uitgezet onderdeel noemt 'regel', 'bestand' of 'scenario', en de 'bron' die het uitzet."));
            } else {
                switchOffs.add(new SwitchOff(soort, name, entry.get("bron").asText(), line));
            }
        }
        return switchOffs;
    }

    private static Integer line(String text, String regex) {
        return SourceLines.lineOf(text, Pattern.compile(regex));
    }

    /** Whether this set switches the named thing off; a file name ending in "/" switches off a whole folder. */
    public boolean switchesOff(Soort soort, String name) {
        return uitgezet.stream().anyMatch(s -> s.soort() == soort && (s.naam().equals(name)
                || soort == Soort.BESTAND && s.naam().endsWith("/") && name.startsWith(s.naam())));
    }
}
