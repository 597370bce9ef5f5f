package nl.startklaswijzer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Samenvattingen;
import nl.startklaswijzer.domein.Uitkomst;

/** Reads the rule set's file with one summary sentence per outcome; every outcome needs one. */
final class OutcomeSummaries {

    static final String FILE = "uitkomsten.yaml";

    private OutcomeSummaries() {
    }

    static Samenvattingen parse(String text) throws InvalidRuleSetException {
        JsonNode root = YamlFiles.read(FILE, text);
        Map<Uitkomst, String> texts = new EnumMap<>(Uitkomst.class);
        List<CompileError> errors = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            try {
                texts.put(Uitkomst.valueOf(e.getKey()), e.getValue().asText());
            } catch (IllegalArgumentException unknown) {
                errors.add(new CompileError(FILE, SourceLines.lineOf(text, Pattern.compile("^" + Pattern.quote(e.getKey()))),
                        "'" + e.getKey() + "' is geen uitkomst uit het contract."));
            }
        });
        for (Uitkomst uitkomst : Uitkomst.values()) {
            if (texts.getOrDefault(uitkomst, "").isBlank()) {
                errors.add(new CompileError(FILE, null, "De samenvatting voor " + uitkomst + " ontbreekt."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new Samenvattingen(texts);
    }
}
