package nl.startklaswijzer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Status;

/**
 * The numbers and lists a rule set's rules use, read from its one parameter file. Each value is a whole number,
 * a list of names, or a table from a code to a whole number; each carries its description, source and status.
 */
public final class Parameters {

    public static final String FILE = "parameters.yaml";

    private static final Set<String> KNOWN_CODES = Stream.concat(
                    Arrays.stream(Ondersteuningsbehoefte.values()), Arrays.stream(ComplicerendeFactor.values()))
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final Map<String, Parameter> byName;
    private final Map<String, String> origins;
    private final List<Parameter> facts;

    private Parameters(Map<String, Parameter> byName, Map<String, String> origins) {
        this.byName = byName;
        this.origins = origins;
        this.facts = byName.values().stream().flatMap(Parameters::asFacts).toList();
    }

    /** The parameters of a set and its bases together, with the set each one's value comes from. */
    static Parameters layered(Map<String, Parameter> byName, Map<String, String> origins) {
        return new Parameters(new LinkedHashMap<>(byName), Map.copyOf(origins));
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The set whose file gives the parameter its value; null for a set that stands alone. */
    public String origin(String name) {
        return origins.get(name);
    }

    /** A base's parameter with a value of the derived set's own, and that set's source and status. */
    static Parameter override(Parameter base, JsonNode value, String omschrijving, String bron, String status) {
        return new Parameter(base.getNaam(), null, value(value), omschrijving != null ? omschrijving : base.getOmschrijving(),
                bron, status(status));
    }

    public static Parameters parse(String text) throws InvalidRuleSetException {
        JsonNode root = YamlFiles.read(FILE, text);
        Map<String, Parameter> byName = new LinkedHashMap<>();
        List<CompileError> errors = new ArrayList<>();
        root.fields().forEachRemaining(entry -> {
            try {
                byName.put(entry.getKey(), parameter(entry.getKey(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                errors.add(new CompileError(FILE, lineOf(text, entry.getKey()),
                        "Parameter '" + entry.getKey() + "': " + e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new Parameters(byName, Map.of());
    }

    /** The same parameters with some values replaced, as a scenario or an impact check may ask. */
    public Parameters withValues(Map<String, JsonNode> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, Parameter> changed = new LinkedHashMap<>(byName);
        values.forEach((name, value) -> {
            Parameter old = byName.get(name);
            if (old == null) {
                throw new IllegalArgumentException("onbekende parameter '" + name + "'");
            }
            changed.put(name, new Parameter(name, null, value(value), old.getOmschrijving(), old.getBron(),
                    old.getStatus()));
        });
        return new Parameters(changed, origins);
    }

    /** Each parameter as the rule book shows it, in file order. */
    public List<Parameter> all() {
        return List.copyOf(byName.values());
    }

    /** What the rules see: one fact per value, and one per entry of a table. */
    public List<Parameter> facts() {
        return facts;
    }

    private static Parameter parameter(String name, JsonNode node) {
        if (!node.isObject() || !node.has("waarde")) {
            throw new IllegalArgumentException("geef 'waarde', 'omschrijving', 'bron' en 'status'.");
        }
        for (String required : List.of("omschrijving", "bron", "status")) {
            if (!node.hasNonNull(required) || node.get(required).asText().isBlank()) {
                throw new IllegalArgumentException("'" + required + "' ontbreekt.");
            }
        }
        return new Parameter(name, null, value(node.get("waarde")), node.get("omschrijving").asText(),
                node.get("bron").asText(), status(node.get("status").asText()));
    }

    private static Object value(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.intValue();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                if (!item.isValueNode()) {
                    throw new IllegalArgumentException("een lijst bevat alleen losse namen of codes.");
                }
                items.add(item.asText());
            });
            return List.copyOf(items);
        }
        if (value.isObject()) {
            Map<String, Integer> table = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> {
                if (!KNOWN_CODES.contains(e.getKey())) {
                    throw new IllegalArgumentException("'" + e.getKey() + "' is geen bekende code.");
                }
                if (!e.getValue().isIntegralNumber()) {
                    throw new IllegalArgumentException("bij '" + e.getKey() + "' hoort een geheel getal.");
                }
                table.put(e.getKey(), e.getValue().intValue());
            });
            return table;
        }
        throw new IllegalArgumentException("'waarde' is een geheel getal, een lijst of een tabel van code naar getal.");
    }

    static Status status(String text) {
        try {
            return Status.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status '" + text + "' is geen van " + Arrays.toString(Status.values()) + ".");
        }
    }

    private static Stream<Parameter> asFacts(Parameter parameter) {
        if (parameter.getWaarde() instanceof Map<?, ?> table) {
            return table.entrySet().stream().map(e -> new Parameter(parameter.getNaam(), (String) e.getKey(),
                    e.getValue(), parameter.getOmschrijving(), parameter.getBron(), parameter.getStatus()));
        }
        return Stream.of(parameter);
    }

    private static Integer lineOf(String text, String name) {
        return SourceLines.lineOf(text, Pattern.compile("^" + Pattern.quote(name) + "\\s*:"));
    }
}
