package nl.startklaswijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.Behoeften;
import nl.startklaswijzer.domein.Leeftijd;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.runtime.KieSession;

/**
 * Every rule's text reads well for every value: it is rendered with the boundary values of each number it names
 * (0, 1, 2 and a group of 12) and of each list (one item, two items), and no number may disagree with its noun.
 */
class RuleTextsTest {

    /** The nouns the texts count, singular to plural; "jaar" and "keer" are the same in both. */
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("kind", "kinderen"), Map.entry("leerling", "leerlingen"), Map.entry("plaats", "plaatsen"),
            Map.entry("week", "weken"), Map.entry("maand", "maanden"), Map.entry("dag", "dagen"),
            Map.entry("factor", "factoren"), Map.entry("gebied", "gebieden"),
            Map.entry("ontwikkelingsgebied", "ontwikkelingsgebieden"), Map.entry("behoefte", "behoeften"),
            Map.entry("ondersteuningsbehoefte", "ondersteuningsbehoeften"), Map.entry("arrangement", "arrangementen"),
            Map.entry("school", "scholen"), Map.entry("stap", "stappen"), Map.entry("observatie", "observaties"));
    /** A number, perhaps an adjective such as "complicerende", and the word it counts. */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\p{L}\\d-])(\\d+) (?:\\p{L}+e )?(\\p{L}+)");

    @TestFactory
    Stream<DynamicTest> everyRuleTextAgreesWithItsNumbers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("rules"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                RuleSet ruleSet = RuleSetCompiler.compile(EffectiveSource.read(folder));
                KieSession session = ruleSet.sessions().newKieSession();
                try {
                    session.getKieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                            .map(RuleImpl.class::cast)
                            .forEach(rule -> tests.add(DynamicTest.dynamicTest(ruleSet.name() + ": " + rule.getName(),
                                    () -> assertEquals(List.of(), disagreements(rule)))));
                } finally {
                    session.dispose();
                }
            }
        } catch (InvalidRuleSetException e) {
            throw new AssertionError(e.errors().toString(), e);
        }
        return tests.stream();
    }

    @Test
    void theCheckFindsANumberThatDisagreesWithItsNoun() {
        assertEquals(List.of("1 kinderen"), disagreements("Er zitten al 1 kinderen in de groep."));
        assertEquals(List.of("2 complicerende factor"), disagreements("Er spelen 2 complicerende factor."));
        assertEquals(List.of(), disagreements("Er zit al 1 kind, 0 kinderen, 12 plaatsen, 1 jaar en 2 keer; 4-jarigen."));
    }

    /** Each rendering of the rule's text with every combination of sample values, and what disagrees in it. */
    private static List<String> disagreements(RuleImpl rule) {
        ExplanationText.Template template = ExplanationText.Template.parse(PreparedRule.of(rule).metadata.tekst());
        Map<String, List<Object>> samples = new LinkedHashMap<>();
        template.placeholders().forEach(p -> samples.put(p.name(), samples(rule.getDeclaration("$" + p.name()))));
        List<String> found = new ArrayList<>();
        for (Map<String, Object> values : combinations(new ArrayList<>(samples.entrySet()), 0, new HashMap<>())) {
            disagreements(template.fill(values)).forEach(d -> found.add(d + " in \"" + template.fill(values) + "\""));
        }
        return found;
    }

    private static List<String> disagreements(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            long number = Long.parseLong(m.group(1));
            String word = m.group(2).toLowerCase();
            boolean singular = NOUNS.containsKey(word);
            boolean plural = NOUNS.containsValue(word);
            if (number == 1 ? plural && !singular : singular && !plural) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Boundary values by the type the rule binds: counts at 0, 1, 2 and 12; lists of one and of two. */
    private static List<Object> samples(Declaration declaration) {
        Class<?> type = declaration == null || declaration.getDeclarationClass() == null ? Object.class
                : declaration.getDeclarationClass();
        if (Behoeften.class.isAssignableFrom(type)) {
            return List.of(new Behoeften(List.of(Ondersteuningsbehoefte.GEDRAG)),
                    new Behoeften(List.of(Ondersteuningsbehoefte.GEDRAG, Ondersteuningsbehoefte.SPRAAK_TAAL)));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(List.of(Ondersteuningsbehoefte.GEDRAG), List.of(Ondersteuningsbehoefte.GEDRAG, Ondersteuningsbehoefte.SPRAAK_TAAL));
        }
        if (ExplanationText.isCountable(type)) {
            return List.of(0, 1, 2, 12);
        }
        if (type == LocalDate.class) {
            return List.of(LocalDate.of(2026, 9, 1));
        }
        if (type == Leeftijd.class) {
            return List.of(Leeftijd.inMaanden(13), Leeftijd.inMaanden(42));
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants()[0]);
        }
        return List.of("BS De Wissel");
    }

    private static List<Map<String, Object>> combinations(List<Map.Entry<String, List<Object>>> samples, int at,
                                                          Map<String, Object> chosen) {
        if (at == samples.size()) {
            return List.of(new HashMap<>(chosen));
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object value : samples.get(at).getValue()) {
            chosen.put(samples.get(at).getKey(), value);
            all.addAll(combinations(samples, at + 1, chosen));
        }
        return all;
    }

    @Test
    void theDefaultRuleSetHasCountedTexts() throws Exception {
        RuleSet ruleSet = RuleSetCompiler.compile(RuleSetSource.read(Path.of("rules", "cluster-brunssum")));
        assertTrue(ruleSet.rules().stream().anyMatch(r -> r.tekst().contains("{aantal|zit al # kind in de groep dat niet zindelijk is|")));
    }
}
