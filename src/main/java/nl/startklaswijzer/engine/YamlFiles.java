package nl.startklaswijzer.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML files of a rule set, turning syntax errors into errors with file and line. A name given twice is an
 * error too: otherwise the second would silently replace the first.
 */
public final class YamlFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private YamlFiles() {
    }

    public static JsonNode read(String file, String text) throws InvalidRuleSetException {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new InvalidRuleSetException(new CompileError(file, 1, "Het bestand is leeg."));
            }
            return node;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() != null ? e.getLocation().getLineNr() : null;
            throw new InvalidRuleSetException(new CompileError(file, line,
                    "Dit is geen geldige YAML: " + e.getOriginalMessage()));
        }
    }
}
