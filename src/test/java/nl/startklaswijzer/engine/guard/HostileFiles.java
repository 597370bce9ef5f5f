package nl.startklaswijzer.engine.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile rule files under src/test/resources/vijandig/. Each says in its first lines what it tries and what the
 * guard must answer ("// Verwacht: ..."): message fragments, one per line marked "// <-- hier", or "gestopt" /
 * "blijven vuren" for a file that compiles and must be stopped while it runs. Whatever they reach for, they aim at
 * one marker file, so that a test can see that nothing happened.
 */
public record HostileFiles(String name, String text, List<String> expected, List<Integer> markedLines) {

    public static final Path FOLDER = Path.of("src", "test", "resources", "vijandig");
    public static final Path MARKER = Path.of("target", "vijandig", "geraakt");

    /** Every hostile rule file, by name. */
    public static List<HostileFiles> ruleFiles() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().map(HostileFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file compiles and is to be stopped while its scenarios run, rather than refused. */
    public boolean runs() {
        return markedLines.isEmpty();
    }

    /** Makes sure the marker does not exist before a test, and that its folder does, so that writing it could work. */
    public static void clearMarker() {
        try {
            Files.createDirectories(MARKER.getParent());
            Files.deleteIfExists(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileFiles read(Path path) {
        String text = text(path.getFileName().toString());
        String[] lines = text.split("\n", -1);
        String expected = Arrays.stream(lines).filter(l -> l.startsWith("// Verwacht: ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(path + " zegt niet wat het verwacht"))
                .substring("// Verwacht: ".length());
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("// <-- hier")) {
                marked.add(i + 1);
            }
        }
        return new HostileFiles(path.getFileName().toString(), text, List.of(expected.split("; ")), marked);
    }
}
