package nl.startklaswijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.startklaswijzer.domein.RegelsetVersie;

/** The files of one rule set by their path inside the set's folder, and the version they make together. */
public record RuleSetSource(String name, Map<String, String> files) {

    public RuleSetSource {
        files = new TreeMap<>(files);
    }

    public static RuleSetSource read(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            Map<String, String> files = new TreeMap<>();
            paths.filter(Files::isRegularFile)
                    .filter(RuleSetSource::isPolicyFile)
                    .forEach(p -> files.put(folder.relativize(p).toString().replace('\\', '/'), readText(p)));
            return new RuleSetSource(folder.getFileName().toString(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same files with some replaced or added, and those given as null removed: a candidate based on this set. */
    public RuleSetSource with(Map<String, String> changes) {
        Map<String, String> changed = new TreeMap<>(files);
        changes.forEach((path, content) -> {
            if (content == null) {
                changed.remove(path);
            } else {
                changed.put(path, content);
            }
        });
        return new RuleSetSource(name, changed);
    }

    public RegelsetVersie toVersion() {
        return new RegelsetVersie(name, version());
    }

    /** Editors leave hidden, backup and swap files beside the ones a policy owner saves; those are no part of the set. */
    static boolean isPolicyFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp") && !name.endsWith(".tmp");
    }

    /** A content hash: the same files give the same version, whatever their dates or the machine. */
    public String version() {
        return digest().substring(0, 12);
    }

    /** The whole SHA-256 of the files, in hexadecimal; the version is its first 12 digits. */
    public String digest() {
        return Sha256.hex(digest -> files.forEach((path, content) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }));
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
