package nl.startklaswijzer.engine.guard;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.Aanbod;
import nl.startklaswijzer.domein.Actie;
import nl.startklaswijzer.domein.ActieCode;
import nl.startklaswijzer.domein.Arrangement;
import nl.startklaswijzer.domein.Behoeften;
import nl.startklaswijzer.domein.Casus;
import nl.startklaswijzer.domein.Categorie;
import nl.startklaswijzer.domein.ComplicerendeFactor;
import nl.startklaswijzer.domein.Effect;
import nl.startklaswijzer.domein.Kind;
import nl.startklaswijzer.domein.Leeftijd;
import nl.startklaswijzer.domein.Leerling;
import nl.startklaswijzer.domein.Moederschool;
import nl.startklaswijzer.domein.Ondersteuningsbehoefte;
import nl.startklaswijzer.domein.Oordeel;
import nl.startklaswijzer.domein.Parameter;
import nl.startklaswijzer.domein.Proces;
import nl.startklaswijzer.domein.Reden;
import nl.startklaswijzer.domein.Signaal;
import nl.startklaswijzer.domein.Signalering;
import nl.startklaswijzer.domein.Startklas;
import nl.startklaswijzer.domein.Status;
import nl.startklaswijzer.domein.Uitkomst;
import nl.startklaswijzer.domein.Voorziening;

/**
 * Every name rule text may use: the facts of a case, the parameters, the codes, dates and numbers, and what those
 * classes offer for reading. The list is closed: a name outside it is refused, whether a typo or a reach for
 * something else. The members are read from the classes themselves, so that a new getter in the domain needs no
 * change here; what would change a fact, or reach past it, is left out by name.
 */
final class RuleVocabulary {

    /** The facts rules match, and the values they compute with, by the simple names rule files use. */
    static final Map<String, Class<?>> TYPES = types(
            Casus.class, Kind.class, Moederschool.class, Startklas.class, Leerling.class, Proces.class, Aanbod.class,
            Signalering.class, Parameter.class, Reden.class, Actie.class, Leeftijd.class, Behoeften.class,
            ActieCode.class, Arrangement.class, Categorie.class, ComplicerendeFactor.class, Effect.class,
            Ondersteuningsbehoefte.class, Oordeel.class, Signaal.class, Status.class, Uitkomst.class, Voorziening.class,
            LocalDate.class, Period.class, DayOfWeek.class, Month.class, Year.class, YearMonth.class, MonthDay.class,
            Number.class, Integer.class, Long.class, Double.class, Boolean.class, String.class);

    /** The fact types, as the messages about an unknown one name them. */
    static final String FACTS_IN_DUTCH = "Casus, Kind, Moederschool, Startklas, Leerling, Proces, Signalering, Parameter, "
            + "Aanbod, Reden, Leeftijd en Behoeften";

    /** What the facts' getters return besides those types: the lists of codes. */
    private static final List<Class<?>> VALUE_TYPES = List.of(Collection.class, List.class, Set.class, Map.class,
            Map.Entry.class, Comparable.class, CharSequence.class);

    /**
     * Members that exist on those classes but change a fact, reach the class or its loader, block, read the clock or
     * a system property (Integer.getInteger and the like), or build something large. Matched as whole names, and the
     * prefixes below as the start of a name.
     */
    private static final Set<String> LEFT_OUT = Set.of("getClass", "wait", "notify", "notifyAll", "hashCode",
            "describeConstable", "resolveConstantDesc", "now", "vandaag", "datesUntil", "repeat", "chars",
            "codePoints", "lines", "split", "intern", "getBytes", "toCharArray", "format", "formatted", "iterator",
            "spliterator", "stream", "parallelStream", "toArray", "sort", "clear", "forEach", "merge", "query",
            "adjustInto", "getDeclaringClass", "transform", "translateEscapes", "stripIndent", "describe",
            "getInteger", "getLong", "getBoolean");
    private static final List<String> LEFT_OUT_PREFIXES = List.of("set", "add", "remove", "put", "retain", "replace",
            "compute", "offer", "poll", "push", "pop");

    /** Words of the rule language itself inside a constraint. */
    static final Set<String> KEYWORDS = Set.of("null", "true", "false", "this", "instanceof", "not", "in",
            "contains", "memberOf", "excludes");

    /** Names that reach for something a rule may not: named in the message as such rather than as a typo. */
    private static final Set<String> FORBIDDEN = Set.of("new", "class", "getClass", "forName", "getClassLoader",
            "classLoader", "loadClass", "newInstance", "invoke", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getDeclaredField", "getField", "getConstructor", "setAccessible", "exec", "exit",
            "halt", "getRuntime", "getProperty", "getProperties", "setProperty", "getenv", "start", "run", "join",
            "sleep", "interrupt", "kcontext", "drools", "System", "Runtime", "Thread", "Class", "ClassLoader",
            "Process", "ProcessBuilder", "Files", "Paths", "Path", "File", "Socket", "URL", "Method", "Field",
            "Executors", "MVEL", "Math", "Object", "super", "synchronized", "throw", "return", "for", "while",
            "do", "if", "else", "try", "catch", "import", "package", "modify", "insert", "update", "delete",
            "retract", "insertLogical", "matches", "soundslike", "str", "eval");

    /** The start of a qualified name: a package. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org",
            "net", "io", "nl", "mvel", "kotlin", "scala", "groovy");

    private static final Map<Class<?>, Set<String>> MEMBERS = new LinkedHashMap<>();
    private static final Set<String> ALL_MEMBERS = new HashSet<>();

    static {
        Stream.concat(TYPES.values().stream(), VALUE_TYPES.stream()).forEach(type -> {
            Set<String> members = membersOf(type);
            MEMBERS.put(type, members);
            ALL_MEMBERS.addAll(members);
        });
    }

    private RuleVocabulary() {
    }

    /** Whether a rule may use this member (method, property or constant) of this type. */
    static boolean isMemberOf(Class<?> type, String name) {
        return MEMBERS.getOrDefault(type, Set.of()).contains(name);
    }

    /** Whether a rule may use this member of any of its types; a chain of calls has no declared type to check. */
    static boolean isMember(String name) {
        return ALL_MEMBERS.contains(name);
    }

    /** Whether a name reaches for something a rule may not, rather than being merely unknown. */
    static boolean isForbidden(String name) {
        return FORBIDDEN.contains(name) || PACKAGE_ROOTS.contains(name) || isLeftOut(name) || isJavaLangClass(name);
    }

    static boolean isPackageRoot(String name) {
        return PACKAGE_ROOTS.contains(name);
    }

    /** Every class in java.lang can be named without an import; those not in the list are refused by name. */
    private static boolean isJavaLangClass(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                && ClassLoader.getPlatformClassLoader().getResource("java/lang/" + name + ".class") != null;
    }

    private static boolean isLeftOut(String name) {
        return LEFT_OUT.contains(name) || LEFT_OUT_PREFIXES.stream().anyMatch(p -> name.equals(p)
                || name.startsWith(p) && Character.isUpperCase(name.charAt(p.length())));
    }

    /** Public methods, the bean properties they make, and public fields such as enum constants. */
    private static Set<String> membersOf(Class<?> type) {
        Set<String> members = new HashSet<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (isLeftOut(name)) {
                continue;
            }
            members.add(name);
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
                property(name, "get").or(() -> property(name, "is")).ifPresent(members::add);
            }
        }
        for (Field field : type.getFields()) {
            members.add(field.getName());
        }
        return Set.copyOf(members);
    }

    private static Optional<String> property(String method, String prefix) {
        if (method.length() <= prefix.length() || !method.startsWith(prefix)
                || !Character.isUpperCase(method.charAt(prefix.length()))) {
            return Optional.empty();
        }
        String rest = method.substring(prefix.length());
        boolean acronym = rest.length() > 1 && Character.isUpperCase(rest.charAt(1));
        return Optional.of(acronym ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
    }

    private static Map<String, Class<?>> types(Class<?>... types) {
        Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            bySimpleName.put(type.getSimpleName(), type);
        }
        return Map.copyOf(bySimpleName);
    }
}
