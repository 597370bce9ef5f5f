package nl.startklaswijzer.engine.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.Kind;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The second wall on its own: rule text that the first wall would refuse is compiled here without it, the way the
 * service compiles (executable model, Eclipse compiler, class filter). Every reach past the filter must fail to
 * compile, so that a gap in the first wall still does not open the server.
 */
class ClassFilterTest {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String HEAD = """
            package regels;
            import nl.startklaswijzer.domein.*;
            import function nl.startklaswijzer.engine.RuleFunctions.geefReden;
            rule "proef" %s
                @bron("x") @status(AANNAME) @arrangement(STARTKLAS) @categorie(PROCES) @effect(AANDACHTSPUNT) @tekst("x")
            when
                %s
            then
                %s
            end
            """;

    @TestFactory
    Stream<DynamicTest> everyReachPastTheFilterFailsToCompile() {
        return Stream.of(
                new String[] {"a file in a constraint", "", "Kind( new java.io.File(\"target/vijandig/geraakt\").createNewFile() )", "geefReden(kcontext);"},
                new String[] {"System.exit in a constraint", "", "Kind( System.exit(3) == null )", "geefReden(kcontext);"},
                new String[] {"a reflection chain", "", "Kind( getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null) != null )", "geefReden(kcontext);"},
                new String[] {"the class loader", "", "Kind( getClass().getClassLoader() != null )", "geefReden(kcontext);"},
                new String[] {"Runtime in salience", "salience ( Runtime.getRuntime().availableProcessors() )", "Kind()", "geefReden(kcontext);"},
                new String[] {"a thread in from", "", "Kind()\n    $t : Object() from new Thread()", "geefReden(kcontext);"},
                new String[] {"a timer thread in from", "", "Kind()\n    $t : Object() from new java.util.Timer()", "geefReden(kcontext);"},
                new String[] {"the file system in a consequence", "", "Kind()", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"target/vijandig/geraakt\"), \"x\");"},
                new String[] {"System.exit in an MVEL consequence", "dialect \"mvel\"", "Kind()", "System.exit(3);"},
                new String[] {"a socket in a consequence", "", "Kind()", "new java.net.Socket(\"127.0.0.1\", 9);"},
                new String[] {"a process in a consequence", "", "Kind()", "new ProcessBuilder(\"true\").start();"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> assertFalse(compiles(HEAD.formatted(c[1], c[2], c[3])),
                        c[0] + " compiled past the filter")));
    }

    @Test
    void whatTheRulesUseCompiles() {
        assertTrue(compiles(HEAD.formatted("", "$kind : Kind( ondersteuningsbehoeften.size() > 1 )\n"
                + "    $datum : java.time.LocalDate() from $kind.getGeboortedatum().plusYears(4)", "geefReden(kcontext);")));
    }

    @Test
    void theFilterAnswersByClassAndByClassFile() {
        ClassLoader filter = ClassFilter.around(Kind.class.getClassLoader());
        for (String allowed : List.of("java.lang.String", "java.time.LocalDate", "java.util.List",
                "nl.startklaswijzer.domein.Kind", "nl.startklaswijzer.engine.RuleFunctions", "org.kie.api.KieServices",
                "java.io.Serializable", "java.lang.reflect.Type")) {
            assertTrue(ClassFilter.allows(allowed), allowed);
        }
        for (String refused : List.of("java.lang.System", "java.lang.Runtime", "java.lang.Thread$State",
                "java.lang.ProcessBuilder", "java.lang.ClassLoader", "java.io.File", "java.nio.file.Files",
                "java.net.Socket", "java.lang.reflect.Method", "java.util.concurrent.Executors", "java.util.Timer",
                "javax.script.ScriptEngineManager", "nl.startklaswijzer.engine.RuleSetRegistry",
                "io.quarkus.runtime.Quarkus", "com.fasterxml.jackson.databind.ObjectMapper")) {
            assertFalse(ClassFilter.allows(refused), refused);
            assertNull(filter.getResource(refused.replace('.', '/') + ".class"), refused);
            assertNull(filter.getResourceAsStream(refused.replace('.', '/') + ".class"), refused);
        }
    }

    /** Builds one rule file as the service does, minus the first wall. */
    private static boolean compiles(String drl) {
        KieServices kieServices = KieServices.Factory.get();
        ReleaseId releaseId = kieServices.newReleaseId("proef", "klassenfilter", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/regels/proef.drl", drl);
        try {
            return kieServices.newKieBuilder(files, ClassFilter.around(Kind.class.getClassLoader()))
                    .buildAll(ExecutableModelProject.class).getResults().getMessages(Message.Level.ERROR).isEmpty();
        } catch (RuntimeException e) {
            return false; // the executable model throws when the filter refuses a class while it translates
        } finally {
            kieServices.getRepository().removeKieModule(releaseId);
        }
    }
}
