package nl.startklaswijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Writes a publication into a set's folder. Each file is written beside its place and moved there in one step, so
 * that no reader ever sees half a file. While several files are written, a marker file tells every service's watcher
 * (also on another machine sharing the folder) to leave the set until the next look, so that none loads half a
 * publication; a marker older than a minute is left over from a crash and no longer counts.
 */
public final class RuleFolderWriter {

    static final String MARKER = ".publicatie";
    private static final Duration STALE = Duration.ofMinutes(1);

    private RuleFolderWriter() {
    }

    static boolean isWriting(Path folder) {
        Path marker = folder.resolve(MARKER);
        try {
            return Files.exists(marker)
                    && Files.getLastModifiedTime(marker).toInstant().isAfter(Instant.now().minus(STALE));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the files (a null content removes one) into the folder, which is made when the set is new. */
    public static void write(Path folder, Map<String, String> files) {
        try {
            Files.createDirectories(folder);
            Path marker = folder.resolve(MARKER);
            Files.writeString(marker, Instant.now().toString());
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
            try {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Path target = folder.resolve(file.getKey()).normalize();
                    if (!target.startsWith(folder.normalize())) {
                        throw new IllegalArgumentException("Een bestand buiten de map van de regelset: " + file.getKey());
                    }
                    if (file.getValue() == null) {
                        Files.deleteIfExists(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
                        Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } finally {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
