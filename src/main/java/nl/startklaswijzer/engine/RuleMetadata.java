package nl.startklaswijzer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Categorie;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Status;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule says about itself in its @-lines: its source, status and Dutch text, and either the reason it gives
 * (category, effect, and the arrangement or signal it bears on) or the action it asks for and who takes it.
 */
public record RuleMetadata(String id, String bron, Status status, String tekst, Categorie categorie, Effect effect,
                           Arrangement arrangement, Signaal signaal, ActieCode actie, String wie) {

    /** The @-lines a rule may have. */
    public static final Set<String> KEYS = Set.of("bron", "tekst", "status", "actie", "categorie", "effect",
            "arrangement", "signaal", "wie");

    /** Reads a rule's metadata, or says in Dutch everything that is missing or wrong. */
    public static RuleMetadata of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        List<String> problems = new ArrayList<>();
        String bron = text(meta, "bron", true, problems);
        String tekst = text(meta, "tekst", true, problems);
        Status status = code(meta, "status", Status.class, true, problems);
        ActieCode actie = code(meta, "actie", ActieCode.class, false, problems);
        Categorie categorie = code(meta, "categorie", Categorie.class, actie == null, problems);
        Effect effect = code(meta, "effect", Effect.class, actie == null, problems);
        Arrangement arrangement = code(meta, "arrangement", Arrangement.class, false, problems);
        Signaal signaal = code(meta, "signaal", Signaal.class, false, problems);
        String wie = text(meta, "wie", false, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Regel '" + rule.getName() + "': " + String.join(" ", problems));
        }
        return new RuleMetadata(rule.getName(), bron, status, tekst, categorie, effect, arrangement, signaal, actie, wie);
    }

    private static String text(Map<String, Object> meta, String key, boolean required, List<String> problems) {
        Object value = meta.get(key);
        String text = value == null ? null : unquote(value.toString());
        if (required && (text == null || text.isBlank())) {
            problems.add("@" + key + "(\"...\") ontbreekt.");
        }
        return text;
    }

    private static <E extends Enum<E>> E code(Map<String, Object> meta, String key, Class<E> type, boolean required,
                                              List<String> problems) {
        String text = text(meta, key, required, problems);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add("@" + key + "(" + text + ") is geen van " + Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
