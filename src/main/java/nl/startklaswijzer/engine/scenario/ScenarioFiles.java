package nl.startklaswijzer.engine.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.engine.CompileError;
import nl.startklaswijzer.engine.InvalidRuleSetException;
import nl.startklaswijzer.engine.RuleSetSource;
import nl.startklaswijzer.engine.inheritance.Layers;

/**
 * Reads the scenario files of a rule set: every .yaml file under scenarios/, each a list of scenarios. A typo in
 * a field name is an error, so that a scenario never silently tests less than its author meant.
 */
public final class ScenarioFiles {

    public static final String FOLDER = "scenarios/";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Set<String> FIELDS = Set.of("naam", "parameters", "casus", "signalering", "verwacht");

    private ScenarioFiles() {
    }

    public static List<Scenario> read(RuleSetSource source) throws InvalidRuleSetException {
        List<Scenario> scenarios = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        // Names by set: a derived set's scenario of the same name stands in for its base's; own files come first.
        Map<String, String> setOfName = new HashMap<>();
        Layers layers = Layers.of(source);
        layers.scenarioFiles(FOLDER).forEach((path, text) -> {
            String set = layers.setOf(path);
            try {
                for (Scenario scenario : parse(path, text)) {
                    String earlier = setOfName.putIfAbsent(scenario.naam(), set);
                    if (earlier != null && earlier.equals(set)) {
                        errors.add(new CompileError(path, null, "De naam '" + scenario.naam() + "' komt twee keer voor."));
                    }
                    if ((earlier == null || earlier.equals(set)) && !layers.scenarioSwitchedOff(path, scenario.naam())) {
                        scenarios.add(scenario);
                    }
                }
            } catch (InvalidRuleSetException e) {
                errors.addAll(e.errors());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return scenarios;
    }

    private static List<Scenario> parse(String file, String text) throws InvalidRuleSetException {
        List<Scenario> scenarios = new ArrayList<>();
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isArray()) {
                throw new InvalidRuleSetException(new CompileError(file, 1, "Een scenariobestand is een lijst: elk scenario begint met '- naam:'."));
            }
            for (JsonNode node : root) {
                scenarios.add(scenario(file, node));
            }
            return scenarios;
        } catch (InvalidRuleSetException e) {
            throw e;
        } catch (Exception e) {
            Integer line = e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                    ? json.getLocation().getLineNr() : null;
            throw new InvalidRuleSetException(new CompileError(file, line, "Scenario niet te lezen: " + firstLine(e.getMessage())));
        }
    }

    private static Scenario scenario(String file, JsonNode node) throws Exception {
        String naam = node.path("naam").asText("");
        if (naam.isBlank()) {
            throw new IllegalArgumentException("elk scenario heeft een 'naam'");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + naam + "': onbekend veld " + unknown);
        }
        if (node.has("casus") == node.has("signalering")) {
            throw new IllegalArgumentException("scenario '" + naam + "': geef óf 'casus' óf 'signalering'");
        }
        if (!node.has("verwacht")) {
            throw new IllegalArgumentException("scenario '" + naam + "': 'verwacht' ontbreekt");
        }
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (node.get("parameters") instanceof ObjectNode values) {
            values.fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue()));
        }
        return new Scenario(file, naam, parameters,
                node.has("casus") ? YAML.treeToValue(node.get("casus"), Casus.class) : null,
                node.has("signalering") ? YAML.treeToValue(node.get("signalering"), Signalering.class) : null,
                YAML.treeToValue(node.get("verwacht"), Verwachting.class));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
