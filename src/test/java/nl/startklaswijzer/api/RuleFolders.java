package nl.startklaswijzer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Writable copies of the shipped rule sets, for tests that change rule files while the service runs. */
public final class RuleFolders {

    /**
     * A rule for cluster-brunssum's capaciteit.drl that applies only where a group has ten places: in the voorbeeldregio,
     * which builds on it and whose scenarios do not expect it. A base change that breaks a derived set.
     */
    public static final String REGEL_ALLEEN_BIJ_GROEP_VAN_TIEN = """

            rule "startklas-groep-van-tien"
                @bron("Test")
                @status(AANNAME)
                @arrangement(STARTKLAS) @categorie(CAPACITEIT) @effect(PASSEND)
                @tekst("Een groep van tien.")
            when
                Parameter( naam == "groepsgrootte", getal == 10 )
                Startklas()
            then
                geefReden(kcontext);
            end
            """;

    private RuleFolders() {
    }

    /** A fresh copy of rules/ under target/, named for the test that uses it. */
    public static Path freshCopy(String name) {
        Path folder = Path.of("target", name);
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(p);
                    }
                }
            }
            copy(Path.of("rules"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
