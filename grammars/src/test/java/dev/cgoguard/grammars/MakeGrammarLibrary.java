package dev.cgoguard.grammars;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Make grammar is compiled when the tests are built and carried as a resource of the grammars' test jar. tree-sitter
 * loads languages from a file, so the library is extracted once into a cache directory named by
 * its content hash; later runs reuse the extracted file.
 */
final class MakeGrammarLibrary {
    static final String CACHE_DIR_PROPERTY = "cgoguard.cache.dir";

    private MakeGrammarLibrary() {
    }

    static Path extract() {
        String resource = resourceName();
        byte[] bytes;
        try (InputStream in = MakeGrammarLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GrammarUnavailableException("the Make grammar was not built for this platform ("
                        + resource + " is missing from the grammars' test jar; build/make-grammar.sh compiles it)");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new GrammarUnavailableException("cannot read the Make grammar: " + e.getMessage(), e);
        }
        Path dir = cacheRoot().resolve("grammars").resolve(sha256(bytes).substring(0, 16));
        Path target = dir.resolve(Paths.get(resource).getFileName().toString());
        try {
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return target;
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "make-", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new GrammarUnavailableException("cannot extract the Make grammar to " + dir + ": " + e.getMessage(), e);
        }
    }

    static String resourceName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        if (os.contains("mac")) {
            return "/dev/cgoguard/grammars/native/macos-" + cpu + "/libtree-sitter-make.dylib";
        }
        return "/dev/cgoguard/grammars/native/linux-" + cpu + "/libtree-sitter-make.so";
    }

    private static Path cacheRoot() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Paths.get(xdg, "cgoguard");
        }
        String home = System.getProperty("user.home");
        if (home != null && Files.isWritable(Paths.get(home))) {
            return Paths.get(home, ".cache", "cgoguard");
        }
        return Paths.get(System.getProperty("java.io.tmpdir"), "cgoguard-" + System.getProperty("user.name", "user"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
