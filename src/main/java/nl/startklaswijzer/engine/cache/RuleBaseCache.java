package nl.startklaswijzer.engine.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.startklaswijzer.engine.CompiledRuleBases;
import nl.startklaswijzer.engine.RuleSetSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the compiled rules (a kjar) of every version that served in the data folder, under regelcache/, one file per
 * set and content hash, so that a restart with unchanged files loads them instead of compiling. Loading compiled
 * classes skips the class filter that compiling goes through, so a file is used only when it carries this service's
 * signature: an HMAC, under a key kept in the database (see CacheKey), over the set's name, its files' hash, the code
 * version (see CodeVersion) and the kjar. Anything else there (a foreign, damaged or outdated file) is passed over and
 * the files are compiled as without a cache. The five most recently used versions of each set are kept.
 */
@ApplicationScoped
public class RuleBaseCache implements CompiledRuleBases {

    static final String FOLDER = "regelcache";
    private static final Logger LOG = Logger.getLogger(RuleBaseCache.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_LENGTH = 32;
    private static final int KEEP = 5;
    private static final String FORMAT = "startklaswijzer-regelcache-1";

    private final Path folder;
    private final Supplier<Optional<byte[]>> key;
    private final String codeVersion;

    @Inject
    public RuleBaseCache(@ConfigProperty(name = "startklaswijzer.data.map", defaultValue = "data") Path dataMap, CacheKey key) {
        this(dataMap.resolve(FOLDER), key::get, CodeVersion.current());
    }

    public RuleBaseCache(Path folder, Supplier<Optional<byte[]>> key, String codeVersion) {
        this.folder = folder;
        this.key = key;
        this.codeVersion = codeVersion;
    }

    @Override
    public Optional<byte[]> read(RuleSetSource source) {
        Path file = file(source);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<byte[]> signing = key.get();
        if (signing.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length > TAG_LENGTH) {
                byte[] kjar = Arrays.copyOfRange(content, TAG_LENGTH, content.length);
                if (MessageDigest.isEqual(Arrays.copyOf(content, TAG_LENGTH), tag(signing.get(), source, kjar))) {
                    // Recently used: among the last to go when the set's older versions are cleared.
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                    return Optional.of(kjar);
                }
            }
            LOG.warnf("Regelcache: %s is niet door deze dienst voor deze bestanden en deze programmaversie bewaard; "
                    + "regelset %s wordt gecompileerd.", file.getFileName(), source.name());
        } catch (IOException e) {
            LOG.warnf("Regelcache: %s is niet te lezen (%s); regelset %s wordt gecompileerd.", file.getFileName(),
                    e.getMessage(), source.name());
        }
        return Optional.empty();
    }

    @Override
    public void write(RuleSetSource source, Supplier<byte[]> kjar) {
        Optional<byte[]> signing = key.get();
        if (signing.isEmpty()) {
            return;
        }
        Path file = file(source);
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            byte[] bytes = kjar.get();
            try (OutputStream out = Files.newOutputStream(written)) {
                out.write(tag(signing.get(), source, bytes));
                out.write(bytes);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            clearOlderVersions(source.name());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Regelcache: regelset %s versie %s niet bewaard (%s); de volgende start compileert haar opnieuw.",
                    source.name(), source.version(), e.getMessage());
        }
    }

    private Path file(RuleSetSource source) {
        return folder.resolve(source.name() + "-" + source.digest() + ".kjar");
    }

    private byte[] tag(byte[] signing, RuleSetSource source, byte[] kjar) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(signing, ALGORITHM));
            for (String part : List.of(FORMAT, codeVersion, source.name(), source.digest())) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return mac.doFinal(kjar);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void clearOlderVersions(String name) throws IOException {
        Pattern ofSet = Pattern.compile(Pattern.quote(name) + "-[0-9a-f]{64}\\.kjar");
        List<Path> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.filter(f -> ofSet.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(RuleBaseCache::lastUsed).reversed()).toList();
        }
        for (Path old : versions.subList(Math.min(KEEP, versions.size()), versions.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
