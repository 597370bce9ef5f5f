package nl.startklaswijzer.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.startklaswijzer.domein.Catalogus;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Samenvattingen;
import nl.startklaswijzer.engine.guard.CheckedRuleFile;
import nl.startklaswijzer.engine.guard.ClassFilter;
import nl.startklaswijzer.engine.guard.RuleFileGuard;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set's files at run time, so that policy owners change rules without a Java build. Everything
 * wrong with the files is reported at once, with file and line, rather than the first problem only. Rule files can
 * only decide: each passes the rule guard before anything is compiled, and compiles through its class filter
 * (see engine/guard).
 */
public final class RuleSetCompiler {

    /** Where the rule files stand inside the in-memory KIE project; stripped again from the paths in errors. */
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String PACKAGE_FOLDER = "regels/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Sessions made ready up front; the pool grows when more requests run at once. */
    private static final int SESSIONS = 4;
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*naam\\s*==\\s*\"([^\"]+)\"");

    private RuleSetCompiler() {
    }

    public static RuleSet compile(RuleSetSource source) throws InvalidRuleSetException {
        List<CompileError> errors = new ArrayList<>();
        Parameters parameters = readParameters(source, errors);
        Samenvattingen samenvattingen = readSummaries(source, errors);
        Catalogus catalogus = readCatalogue(source, errors);
        Map<String, CheckedRuleFile> ruleFiles = checkRuleFiles(source, errors);
        KieContainer container = ruleFiles.isEmpty() ? null : buildContainer(source, ruleFiles.keySet(), errors);
        List<RuleDescription> rules = container == null ? List.of()
                : describeRules(source, ruleFiles.values(), container.getKieBase(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new RuleSet(source, source.toVersion(), container.newKieSessionsPool(SESSIONS), parameters, samenvattingen,
                catalogus, rules, Instant.now());
    }

    private static Parameters readParameters(RuleSetSource source, List<CompileError> errors) {
        try {
            return Parameters.parse(required(source, Parameters.FILE));
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Samenvattingen readSummaries(RuleSetSource source, List<CompileError> errors) {
        try {
            return OutcomeSummaries.parse(required(source, OutcomeSummaries.FILE));
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Catalogus readCatalogue(RuleSetSource source, List<CompileError> errors) {
        try {
            return CatalogueFile.parse(source.files().get(CatalogueFile.FILE));
        } catch (InvalidRuleSetException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String required(RuleSetSource source, String file) throws InvalidRuleSetException {
        String text = source.files().get(file);
        if (text == null) {
            throw new InvalidRuleSetException(new CompileError(file, null, "Dit bestand ontbreekt in de regelset."));
        }
        return text;
    }

    /**
     * The rule guard's first wall: every rule file is parsed and checked before anything is compiled. The files by
     * name when all may be compiled; none when any is refused, so that nothing of a refused file ever runs.
     */
    private static Map<String, CheckedRuleFile> checkRuleFiles(RuleSetSource source, List<CompileError> errors) {
        Map<String, CheckedRuleFile> checked = new TreeMap<>();
        source.files().forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                checked.put(path, RuleFileGuard.check(path, text));
            }
        });
        if (checked.isEmpty()) {
            errors.add(new CompileError(null, null, "De regelset bevat geen regelbestanden (.drl)."));
        }
        for (CheckedRuleFile file : checked.values()) {
            errors.addAll(file.refusals());
            file.parseErrors().forEach(e -> errors.add(DroolsMessages.translate(file.file(), e.line(), e.text())));
        }
        return checked.values().stream().allMatch(CheckedRuleFile::mayCompile) ? checked : Map.of();
    }

    private static KieContainer buildContainer(RuleSetSource source, Set<String> drlFiles, List<CompileError> errors) {
        KieServices kieServices = KieServices.Factory.get();
        // Each build gets its own release id, removed from the repository afterwards so that old builds do not pile up.
        ReleaseId releaseId = kieServices.newReleaseId("nl.startklaswijzer.regelset", source.name(),
                "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        drlFiles.forEach(path -> files.write(RESOURCE_ROOT + PACKAGE_FOLDER + path, source.files().get(path)));
        // The application's class loader lets the rules see the domain classes in every launch mode; the filter lets
        // them see nothing else. The executable model compiles every expression as Java through it (see ClassFilter).
        ClassLoader classLoader = ClassFilter.around(Kind.class.getClassLoader());
        try {
            KieBuilder builder;
            try {
                builder = kieServices.newKieBuilder(files, classLoader).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // The executable model throws, rather than reports, a class that the filter refused while translating.
                errors.add(DroolsMessages.translate(null, null, String.valueOf(e.getMessage())));
                return null;
            }
            List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
            if (!messages.isEmpty()) {
                errors.addAll(DroolsMessages.translate(messages, RuleSetCompiler::relativePath));
                return null;
            }
            return kieServices.newKieContainer(releaseId, classLoader);
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Every rule must say where it comes from, how firm it is and what it explains; its text may only name what it
     * binds. The rules that pass make up the rule book.
     */
    private static List<RuleDescription> describeRules(RuleSetSource source, Collection<CheckedRuleFile> ruleFiles,
                                                       KieBase kieBase, List<CompileError> errors) {
        List<RuleDescription> rules = new ArrayList<>();
        kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(Rule::getName))
                .forEach(rule -> {
                    // The executable model keeps no source file per rule; the guard read each file's rules.
                    CheckedRuleFile file = ruleFiles.stream().filter(f -> f.rules().containsKey(rule.getName()))
                            .findFirst().orElseThrow();
                    Integer line = file.rules().get(rule.getName());
                    try {
                        RuleMetadata metadata = RuleMetadata.of(rule);
                        checkPlaceholders(rule, metadata);
                        PreparedRule.attach(rule, metadata);
                        rules.add(RuleDescription.of(metadata, file.file(), line,
                                parametersRead(source.files().get(file.file()), line)));
                    } catch (IllegalArgumentException e) {
                        errors.add(new CompileError(file.file(), line, e.getMessage()));
                    }
                });
        return rules;
    }

    /** The parameters a rule reads, by the names in its Parameter( naam == "..." ) patterns. */
    private static List<String> parametersRead(String text, Integer line) {
        if (line == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String ruleLine : text.lines().skip(line).takeWhile(l -> !END.matcher(l).matches()).toList()) {
            Matcher m = PARAMETER.matcher(ruleLine);
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** Every {name} in the text must be a value the rule binds, and a {name|one|more} must be one that counts. */
    private static void checkPlaceholders(Rule rule, RuleMetadata metadata) {
        RuleImpl impl = (RuleImpl) rule;
        Map<String, Class<?>> bound = impl.getDeclarations().values().stream()
                .collect(Collectors.toMap(d -> d.getIdentifier().startsWith("$") ? d.getIdentifier().substring(1) : d.getIdentifier(),
                        d -> d.getDeclarationClass() == null ? Object.class : d.getDeclarationClass(), (a, b) -> a));
        List<ExplanationText.Placeholder> placeholders = ExplanationText.Template.parse(metadata.tekst()).placeholders();
        List<String> unbound = placeholders.stream().map(ExplanationText.Placeholder::name)
                .filter(name -> !bound.containsKey(name)).distinct().toList();
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException("Regel '" + rule.getName() + "': de tekst noemt "
                    + unbound.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "))
                    + ", maar de regel bindt geen " + unbound.stream().map(n -> "$" + n).collect(Collectors.joining(", ")) + ".");
        }
        List<String> uncountable = placeholders.stream()
                .filter(p -> p.isCounted() && bound.get(p.name()) != Object.class && !ExplanationText.isCountable(bound.get(p.name())))
                .map(ExplanationText.Placeholder::name).distinct().toList();
        if (!uncountable.isEmpty()) {
            throw new IllegalArgumentException("Regel '" + rule.getName() + "': de tekst geeft een enkelvoud en meervoud bij "
                    + uncountable.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "))
                    + ", maar dat is geen aantal of lijst.");
        }
    }

    private static String relativePath(String path) {
        if (path == null) {
            return null;
        }
        String relative = path.startsWith(RESOURCE_ROOT) ? path.substring(RESOURCE_ROOT.length()) : path;
        return relative.startsWith(PACKAGE_FOLDER) ? relative.substring(PACKAGE_FOLDER.length()) : relative;
    }
}
