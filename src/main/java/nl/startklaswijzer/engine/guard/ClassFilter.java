package nl.startklaswijzer.engine.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.startklaswijzer.engine.RuleFunctions;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.drools.ecj.EclipseJavaCompiler;
import org.drools.model.codegen.execmodel.JavaParserCompiler;
import org.kie.memorycompiler.JavaConfiguration;

/**
 * The second wall: the class loader through which rule files are compiled. The executable model turns every
 * constraint, 'from', salience and consequence into Java, and the Eclipse compiler resolves every class that Java
 * names through this loader, asking for class files as resources. A class outside the list below cannot be
 * resolved, so a rule that names one does not compile, even where the rule guard's first wall missed it.
 * <p>
 * The generated code itself needs Drools and KIE (org.drools, org.kie), lambdas (a few java.lang.invoke types) and
 * serialisation types; those stay allowed, and the first wall refuses any rule text that names them.
 */
public final class ClassFilter extends ClassLoader {

    /** Packages whose own classes (not those of subpackages) rules and generated code may use. */
    private static final Set<String> PACKAGES = Set.of("java.lang", "java.lang.annotation", "java.lang.constant",
            "java.math", "java.time", "java.time.chrono", "java.time.format", "java.time.temporal", "java.util",
            "java.util.function", "nl.startklaswijzer.domein");
    /** Packages allowed with all their subpackages: Drools' own, and the rules' package where generated code lives. */
    private static final Set<String> PACKAGE_TREES = Set.of("org.drools.", "org.kie.", "regels.");
    /** Single classes outside those packages that the generated code or the rules need. */
    private static final Set<String> CLASSES = Set.of(
            "nl.startklaswijzer.engine.RuleFunctions",
            // Generated lambdas are serialisable and implemented with invokedynamic.
            "java.io.Serializable", "java.io.Externalizable", "java.io.IOException", "java.io.ObjectStreamException",
            "java.io.ObjectInputStream", "java.io.ObjectOutputStream", "java.io.ObjectInput", "java.io.ObjectOutput",
            "java.lang.invoke.LambdaMetafactory", "java.lang.invoke.MethodHandles", "java.lang.invoke.StringConcatFactory",
            "java.lang.invoke.SerializedLambda", "java.lang.invoke.TypeDescriptor",
            // The types Class and Object implement; Class itself is needed for class literals.
            "java.lang.reflect.Type", "java.lang.reflect.AnnotatedElement", "java.lang.reflect.GenericDeclaration");
    /** Classes in the allowed packages that reach the machine, threads, class loading or global settings. */
    private static final Set<String> DENIED = Set.of(
            "java.lang.Runtime", "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle",
            "java.lang.System", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
            "java.lang.InheritableThreadLocal", "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer",
            "java.lang.StackWalker", "java.lang.SecurityManager", "java.lang.Compiler", "java.lang.Package",
            "java.util.Timer", "java.util.TimerTask", "java.util.ServiceLoader", "java.util.ResourceBundle",
            "java.util.ListResourceBundle", "java.util.PropertyResourceBundle", "java.util.Formatter",
            "java.util.Scanner", "java.util.Properties", "java.util.TimeZone", "java.util.SimpleTimeZone");

    static {
        // The filter holds for the Eclipse compiler only: the JDK's own compiler takes java.* from the JDK, past it.
        JavaDialectConfiguration.setDefaultCompilerType(JavaConfiguration.CompilerType.ECLIPSE);
    }

    private ClassFilter(ClassLoader application) {
        super(application);
    }

    /** The filter around the application's class loader; refuses to serve if the executable model compiles otherwise. */
    public static ClassFilter around(ClassLoader application) {
        if (!(JavaParserCompiler.getCompiler() instanceof EclipseJavaCompiler)) {
            throw new IllegalStateException("Rule files are compiled only with the Eclipse compiler, behind the class filter; "
                    + "found " + JavaParserCompiler.getCompiler().getClass().getName());
        }
        return new ClassFilter(application);
    }

    /**
     * The application's own classes that compiled rules link against: the functions every rule file imports and the
     * domain types rule files may name. Rules compiled before stay valid only while these, and this filter, are
     * unchanged (see engine/cache).
     */
    public static List<Class<?>> applicationClassesLinked() {
        return Stream.concat(Stream.of(RuleFunctions.class), RuleVocabulary.TYPES.values().stream())
                .filter(type -> type.getName().startsWith("nl.startklaswijzer.")).distinct().toList();
    }

    /** Whether generated rule code may use the class of this binary name, such as "java.lang.Thread$State". */
    public static boolean allows(String className) {
        int inner = className.indexOf('$');
        String topLevel = inner < 0 ? className : className.substring(0, inner);
        if (DENIED.contains(topLevel)) {
            return false;
        }
        int dot = topLevel.lastIndexOf('.');
        if (dot < 0) {
            return true; // the compiler tries plain names first; no class of the application lives in no package
        }
        return CLASSES.contains(topLevel) || PACKAGES.contains(topLevel.substring(0, dot))
                || PACKAGE_TREES.stream().anyMatch(topLevel::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allows(name)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    // The Eclipse compiler reads classes as resources, so a filter on loadClass alone would not hold.
    @Override
    public URL getResource(String name) {
        return allowsResource(name) ? super.getResource(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return allowsResource(name) ? super.getResources(name) : Collections.emptyEnumeration();
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return allowsResource(name) ? super.getResourceAsStream(name) : null;
    }

    private static boolean allowsResource(String name) {
        return !name.endsWith(".class") || allows(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
    }
}
