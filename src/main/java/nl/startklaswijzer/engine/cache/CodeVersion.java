package nl.startklaswijzer.engine.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.startklaswijzer.engine.RuleSetCompiler;
import nl.startklaswijzer.engine.Sha256;
import nl.startklaswijzer.engine.guard.ClassFilter;
import org.drools.base.util.Drools;

/**
 * What compiled rules depend on besides their files, as one hash: the Java runtime, Drools, how this service compiles
 * rule files (RuleSetCompiler and the class filter) and the application classes the compiled rules link against. A
 * kjar kept under another code version is not used: after an upgrade, rules are compiled again against the new code.
 */
final class CodeVersion {

    private CodeVersion() {
    }

    static String current() {
        return Sha256.hex(digest -> {
            update(digest, "java " + Runtime.version());
            update(digest, "drools " + Drools.getFullVersion());
            Stream.concat(Stream.of(RuleSetCompiler.class, ClassFilter.class), ClassFilter.applicationClassesLinked().stream())
                    .flatMap(CodeVersion::withNested)
                    .distinct()
                    .sorted(Comparator.comparing(Class::getName))
                    .forEach(type -> {
                        update(digest, type.getName());
                        digest.update(classFile(type));
                    });
        });
    }

    private static Stream<Class<?>> withNested(Class<?> type) {
        return Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses()).flatMap(CodeVersion::withNested));
    }

    private static byte[] classFile(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Het klassebestand " + resource + " is niet te lezen.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
