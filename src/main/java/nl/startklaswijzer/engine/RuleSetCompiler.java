package nl.startklaswijzer.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import nl.startklaswijzer.engine.inheritance.Layers;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.compiler.kproject.models.KieModuleModelImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set's files at run time, so that policy owners change rules without a Java build. Everything
 * wrong with the files is reported at once, with file and line, rather than the first problem only. Rule files can
 * only decide: each passes the rule guard before anything is compiled, and compiles through its class filter
 * (see engine/guard).
 */
public final class RuleSetCompiler {

    private static final Logger LOG = Logger.getLogger(RuleSetCompiler.class);
    /** Where the rule files stand inside the in-memory KIE project; stripped again from the paths in errors. */
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String PACKAGE_FOLDER = "regels/";
    private static final String BASE_FOLDER = "_basis_/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*naam\\s*==\\s*\"([^\"]+)\"");

    private RuleSetCompiler() {
    }

    public static RuleSet compile(RuleSetSource source) throws InvalidRuleSetException {
        return compile(source, null);
    }

    /**
     * Compiles the files; or, given the kjar that a cache kept for exactly these files, loads their rule base from it
     * without compiling. Everything else runs as always: the guard reads every rule file first, and every rule's
     * metadata is checked and prepared. A kjar that cannot be loaded is set aside, and the files are compiled.
     */
    public static RuleSet compile(RuleSetSource source, byte[] cached) throws InvalidRuleSetException {
        List<CompileError> errors = new ArrayList<>();
        Layers layers = Layers.of(source);
        errors.addAll(layers.errors());
        Parameters parameters = LayeredParameters.read(layers, errors);
        Samenvattingen samenvattingen = read(layers, OutcomeSummaries.FILE, true, OutcomeSummaries::parse, errors);
        Catalogus catalogus = read(layers, CatalogueFile.FILE, false, CatalogueFile::parse, errors);
        Map<String, String> ruleTexts = layers.ruleFiles();
        errors.addAll(Layers.duplicateRules(ruleTexts));
        Map<String, CheckedRuleFile> ruleFiles = checkRuleFiles(ruleTexts, errors);
        Built built = ruleFiles.isEmpty() ? null : containerFor(source, ruleTexts, cached, errors);
        if (built != null) {
            ConclusionsLast.order(built.container().getKieBase());
        }
        List<RuleDescription> rules = built == null ? List.of()
                : describeRules(layers, ruleTexts, ruleFiles.values(), built.container().getKieBase(), parameters, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        return new RuleSet(source, source.toVersion(), new Sessions(built.container(), parameters, catalogus), parameters,
                samenvattingen, catalogus, rules, Instant.now(), built.compiled());
    }

    /** A container with the rules, and the form in which they were compiled. */
    private record Built(KieContainer container, RuleSet.Compiled compiled) {
    }

    /** What a file parser makes of its text; errors name the file as the parser knows it. */
    @FunctionalInterface
    private interface FileParser<T> {
        T parse(String text) throws InvalidRuleSetException;
    }

    /** The nearest layer's copy of a file: a derived set's own copy replaces its base's whole. */
    private static <T> T read(Layers layers, String file, boolean required, FileParser<T> parser, List<CompileError> errors) {
        Map.Entry<String, String> found = layers.nearest(file).orElse(null);
        if (found == null && required) {
            errors.add(new CompileError(file, null, "Dit bestand ontbreekt in de regelset."));
            return null;
        }
        try {
            return parser.parse(found == null ? null : found.getValue());
        } catch (InvalidRuleSetException e) {
            e.errors().forEach(error -> errors.add(found == null ? error : LayeredParameters.at(found.getKey(), error)));
            return null;
        }
    }

    /**
     * The rule guard's first wall: every rule file is parsed and checked before anything is compiled. The files by
     * name when all may be compiled; none when any is refused, so that nothing of a refused file ever runs.
     */
    private static Map<String, CheckedRuleFile> checkRuleFiles(Map<String, String> ruleTexts, List<CompileError> errors) {
        Map<String, CheckedRuleFile> checked = new TreeMap<>();
        ruleTexts.forEach((path, text) -> checked.put(path, RuleFileGuard.check(path, text)));
        if (checked.isEmpty()) {
            errors.add(new CompileError(null, null, "De regelset bevat geen regelbestanden (.drl)."));
        }
        for (CheckedRuleFile file : checked.values()) {
            errors.addAll(file.refusals());
            file.parseErrors().forEach(e -> errors.add(DroolsMessages.translate(file.file(), e.line(), e.text())));
        }
        return checked.values().stream().allMatch(CheckedRuleFile::mayCompile) ? checked : Map.of();
    }

    private static Built containerFor(RuleSetSource source, Map<String, String> drlFiles, byte[] cached,
                                      List<CompileError> errors) {
        if (cached != null) {
            try {
                return load(source, drlFiles, cached);
            } catch (RuntimeException | LinkageError e) {
                LOG.warnf("De gecompileerde regels van %s uit de cache zijn niet te laden (%s); de bestanden worden "
                        + "opnieuw gecompileerd.", source.name(), e);
            }
        }
        return buildContainer(source, drlFiles, errors);
    }

    private static Built buildContainer(RuleSetSource source, Map<String, String> drlFiles, List<CompileError> errors) {
        KieServices kieServices = KieServices.Factory.get();
        ReleaseId releaseId = newReleaseId(kieServices, source);
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        drlFiles.forEach((path, text) -> files.write(RESOURCE_ROOT + PACKAGE_FOLDER + kiePath(path), text));
        ClassLoader classLoader = classFilter();
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
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            return new Built(kieServices.newKieContainer(releaseId, classLoader), new RuleSet.Compiled(false, module::getBytes));
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The rule base of a kjar compiled before, through the same class filter but without compiling: the executable
     * model's classes are defined from the kjar's bytes. Only a kjar with the executable model is taken, never one
     * that Drools would compile from its rule files (with MVEL, past the filter), and only one built from exactly
     * these rule files.
     */
    private static Built load(RuleSetSource source, Map<String, String> drlFiles, byte[] kjar) {
        KieServices kieServices = KieServices.Factory.get();
        ReleaseId releaseId = newReleaseId(kieServices, source);
        MemoryFileSystem files = MemoryFileSystem.readFromJar(kjar);
        if (!files.existsFile(PortablePath.of(CanonicalKieModule.getModelFileWithGAV(releaseId)))) {
            throw new IllegalStateException("de kjar heeft geen uitvoerbaar model");
        }
        Map<String, String> kept = new TreeMap<>();
        files.getFilePaths().stream().map(PortablePath::asString)
                .filter(path -> !path.startsWith("META-INF/") && ResourceType.determineResourceType(path) != null)
                .forEach(path -> kept.put(path, new String(files.getBytes(PortablePath.of(path)), StandardCharsets.UTF_8)));
        Map<String, String> expected = new TreeMap<>();
        drlFiles.forEach((path, text) -> expected.put(PACKAGE_FOLDER + kiePath(path), text));
        if (!kept.equals(expected)) {
            throw new IllegalStateException("de kjar is niet uit deze regelbestanden gemaakt");
        }
        KieModuleModel model = KieModuleModelImpl.fromXML(new ByteArrayInputStream(files.getBytes(KieModuleModelImpl.KMODULE_JAR_PATH)));
        InternalKieModule module = new CanonicalKieModule(new MemoryKieModule(releaseId, model, files));
        kieServices.getRepository().addKieModule(module);
        try {
            KieContainer container = kieServices.newKieContainer(releaseId, classFilter());
            container.getKieBase();
            return new Built(container, new RuleSet.Compiled(true, module::getBytes));
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }

    /** Each build gets its own release id, removed from the repository afterwards so that old builds do not pile up. */
    private static ReleaseId newReleaseId(KieServices kieServices, RuleSetSource source) {
        return kieServices.newReleaseId("nl.startklaswijzer.regelset", source.name(), "1.0." + BUILDS.incrementAndGet());
    }

    /**
     * The application's class loader lets the rules see the domain classes in every launch mode; the filter lets them
     * see nothing else. The executable model compiles every expression as Java through it (see ClassFilter).
     */
    private static ClassLoader classFilter() {
        return ClassFilter.around(Kind.class.getClassLoader());
    }

    /**
     * Every rule must say where it comes from, how firm it is and what it explains; its text may only name what it
     * binds. The rules that pass make up the rule book.
     */
    private static List<RuleDescription> describeRules(Layers layers, Map<String, String> ruleTexts,
                                                       Collection<CheckedRuleFile> ruleFiles, KieBase kieBase,
                                                       Parameters parameters, List<CompileError> errors) {
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
                        PupilsAsOneFact.check(rule);
                        PreparedRule.attach(rule, metadata);
                        List<String> read = parametersRead(ruleTexts.get(file.file()), line);
                        checkParametersExist(rule, read, parameters);
                        rules.add(RuleDescription.of(metadata, file.file(), line, read,
                                layers.chain().size() > 1 ? layers.setOf(file.file()) : null,
                                layers.replaces(file.file(), rule.getName()).orElse(null)));
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

    /** A rule that reads a parameter the set does not have would silently never apply. */
    private static void checkParametersExist(Rule rule, List<String> read, Parameters parameters) {
        List<String> unknown = parameters == null ? List.of() : read.stream().filter(n -> !parameters.has(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Regel '" + rule.getName() + "' leest de onbekende parameter "
                    + String.join(", ", unknown) + "; die staat niet in parameters.yaml.");
        }
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

    /** A base's files stand in a folder of their own inside the KIE project, which knows no "..". */
    private static String kiePath(String path) {
        return path.startsWith(Layers.BASE) ? BASE_FOLDER + path.substring(Layers.BASE.length()) : path;
    }

    private static String relativePath(String path) {
        if (path == null) {
            return null;
        }
        String relative = path.startsWith(RESOURCE_ROOT) ? path.substring(RESOURCE_ROOT.length()) : path;
        relative = relative.startsWith(PACKAGE_FOLDER) ? relative.substring(PACKAGE_FOLDER.length()) : relative;
        return relative.startsWith(BASE_FOLDER) ? Layers.BASE + relative.substring(BASE_FOLDER.length()) : relative;
    }
}
