package nl.startklaswijzer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;

/**
 * Reads a rule set's catalogue of arrangements, arrangementen.yaml: per code the name, what it offers, the needs it
 * serves, its preconditions, its provider, its source and its status. A set without the file has an empty catalogue.
 * A typo in a field or a code is an error at its line, so that an entry never silently offers less than meant.
 */
final class CatalogueFile {

    static final String FILE = "arrangementen.yaml";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> FIELDS = Set.of("naam", "soort", "biedt", "behoeften", "voorwaarden", "aanbieder",
            "bron", "status");
    private static final Set<String> CONDITIONS = Set.of("tlv", "beschikkingJeugdhulp", "vanafLeeftijdInMaanden",
            "totLeeftijdInMaanden");

    private CatalogueFile() {
    }

    static Catalogus parse(String text) throws InvalidRuleSetException {
        if (text == null) {
            return Catalogus.LEEG;
        }
        JsonNode root = YamlFiles.read(FILE, text);
        if (!root.isObject()) {
            throw new InvalidRuleSetException(new CompileError(FILE, 1,
                    "De catalogus is een lijst van arrangementen, elk onder zijn code, zoals 'SBO:'."));
        }
        List<Aanbod> entries = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        root.fields().forEachRemaining(entry -> {
            try {
                entries.add(entry(entry.getKey(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                errors.add(new CompileError(FILE, SourceLines.lineOf(text, Pattern.compile("^" + Pattern.quote(entry.getKey()) + "\\s*:")),
                        "Arrangement '" + entry.getKey() + "': " + e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new Catalogus(entries);
    }

    private static Aanbod entry(String code, JsonNode node) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("een code bestaat uit hoofdletters, cijfers en '_', zoals ONDERWIJS_ZORGARRANGEMENT.");
        }
        if (Arrays.stream(Arrangement.values()).anyMatch(a -> a.name().equals(code))) {
            throw new IllegalArgumentException("deze code is al een arrangement uit het contract; kies een eigen code.");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("geef 'naam', 'soort', 'biedt', 'behoeften', 'aanbieder', 'bron' en 'status'.");
        }
        unknown(node, FIELDS, "");
        JsonNode conditions = node.path("voorwaarden");
        if (!conditions.isMissingNode() && !conditions.isObject()) {
            throw new IllegalArgumentException("'voorwaarden' bevat " + String.join(", ", CONDITIONS.stream().sorted().toList()) + ".");
        }
        unknown(conditions, CONDITIONS, "voorwaarden.");
        int vanaf = months(conditions, "vanafLeeftijdInMaanden", 0);
        Integer tot = conditions.has("totLeeftijdInMaanden") ? months(conditions, "totLeeftijdInMaanden", 0) : null;
        if (tot != null && tot <= vanaf) {
            throw new IllegalArgumentException("'totLeeftijdInMaanden' ligt niet na 'vanafLeeftijdInMaanden'.");
        }
        return new Aanbod(code, text(node, "naam"), soort(text(node, "soort")), text(node, "biedt"), needs(node.get("behoeften")),
                flag(conditions, "tlv"), flag(conditions, "beschikkingJeugdhulp"), vanaf, tot, text(node, "aanbieder"),
                text(node, "bron"), Parameters.status(text(node, "status")));
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix) {
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                unknown.add(prefix + f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("onbekend veld " + unknown + ".");
        }
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field) || !node.get(field).isValueNode() || node.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' ontbreekt.");
        }
        return node.get(field).asText().trim();
    }

    private static Arrangement soort(String text) {
        if (text.equals(Arrangement.REGULIER_MET_ARRANGEMENT.name()) || text.equals(Arrangement.SPECIALISTISCH.name())) {
            return Arrangement.valueOf(text);
        }
        throw new IllegalArgumentException("'soort' is REGULIER_MET_ARRANGEMENT of SPECIALISTISCH, niet '" + text + "'.");
    }

    private static List<Ondersteuningsbehoefte> needs(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("'behoeften' is een lijst van de ondersteuningsbehoeften die het arrangement biedt.");
        }
        List<Ondersteuningsbehoefte> needs = new ArrayList<>();
        for (JsonNode item : node) {
            try {
                needs.add(Ondersteuningsbehoefte.valueOf(item.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + item.asText() + "' is geen ondersteuningsbehoefte; bekend zijn "
                        + Arrays.toString(Ondersteuningsbehoefte.values()) + ".");
            }
        }
        return needs;
    }

    private static boolean flag(JsonNode conditions, String field) {
        JsonNode value = conditions.path(field);
        if (!value.isMissingNode() && !value.isBoolean()) {
            throw new IllegalArgumentException("'voorwaarden." + field + "' is true of false.");
        }
        return value.asBoolean(false);
    }

    private static int months(JsonNode conditions, String field, int absent) {
        JsonNode value = conditions.path(field);
        if (value.isMissingNode()) {
            return absent;
        }
        if (!value.isIntegralNumber() || value.intValue() < 0) {
            throw new IllegalArgumentException("'voorwaarden." + field + "' is een aantal maanden, zoals 48.");
        }
        return value.intValue();
    }
}
