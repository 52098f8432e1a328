package dev.cgoguard.grammars;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where tree-sitter's native libraries are loaded from. They ship inside the jar; left to itself,
 * tree-sitter's loader copies each into a new file in {@code /tmp} on every run and deletes it only
 * when the JVM exits normally, so a killed process leaves them behind. Instead, each is extracted
 * once into a per-user cache ({@code $XDG_CACHE_HOME/cgoguard/native}, else
 * {@code ~/.cache/cgoguard/native}), in a folder named by the hash of the libraries' checksums and
 * sizes (as the jar's directory lists them), so that another version gets another folder and a run
 * of the same version reads none of them from the jar again. A file is written under a temporary name and renamed into place, so a
 * killed run leaves no half-written library; where the cache cannot be written, the libraries are
 * extracted into a private temporary folder that is deleted as soon as they are loaded.
 */
public final class NativeLibraries {
    /** The system property tree-sitter's loader reads the libraries' folder from. */
    static final String PROPERTY = "tree-sitter-lib";
    /** The libraries cgoguard and its tests load, as tree-sitter names them; those not on the class path are passed over. */
    private static final List<String> NAMES = List.of("tree-sitter", "tree-sitter-go", "tree-sitter-bash", "tree-sitter-dockerfile");

    private static boolean prepared;

    private NativeLibraries() {
    }

    /** One library found on the class path: its resource name and what identifies its content. */
    private record Library(String resource, long crc, long size) {
        InputStream open() throws IOException {
            InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is no longer on the class path");
            }
            return in;
        }

    }

    /**
     * Makes tree-sitter load its libraries from the cache (extracting them the first time). Call
     * before the first tree-sitter class is used; later calls do nothing.
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PROPERTY) != null) {
            return; // set by whoever runs cgoguard: theirs to keep
        }
        try {
            List<Library> libraries = libraries();
            if (libraries.isEmpty()) {
                return;
            }
            Path folder = cacheRoot().resolve(key(libraries));
            if (extractAll(libraries, folder)) {
                System.setProperty(PROPERTY, folder.toString());
                return;
            }
            Path temporary = Files.createTempDirectory("cgoguard-native-");
            if (extractAll(libraries, temporary)) {
                System.setProperty(PROPERTY, temporary.toString());
                loadNow();
                System.clearProperty(PROPERTY);
            }
            deleteTree(temporary);
        } catch (IOException | RuntimeException e) {
            // tree-sitter's own loader takes over
        }
    }

    /** The folder of the per-user cache of native libraries. */
    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("cgoguard").resolve("native");
    }

    private static List<Library> libraries() throws IOException {
        String platform = platform();
        List<String> resources = new ArrayList<>();
        for (String name : NAMES) {
            resources.add("lib/" + platform.replace("%s", name));
        }
        List<Library> listed = listedInJar(resources);
        return listed != null ? listed : read(resources);
    }

    /**
     * The libraries as the jar that holds this class lists them (each entry's checksum and size are
     * in the jar's directory, so no library is inflated); null when this class is not loaded from a
     * jar, another holds some of them, or the jar does not list a checksum and size for each.
     */
    private static List<Library> listedInJar(List<String> resources) {
        try {
            var source = NativeLibraries.class.getProtectionDomain().getCodeSource();
            Path jar = source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return null;
            }
            List<Library> found = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String resource : resources) {
                    ZipEntry entry = zip.getEntry(resource);
                    if (entry == null) {
                        if (NativeLibraries.class.getClassLoader().getResource(resource) != null) {
                            return null; // on the class path, in another jar
                        }
                        continue;
                    }
                    if (entry.getCrc() < 0 || entry.getSize() < 0) {
                        return null;
                    }
                    found.add(new Library(resource, entry.getCrc(), entry.getSize()));
                }
            }
            return found;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The libraries on the class path, each read whole for its checksum and size. */
    private static List<Library> read(List<String> resources) throws IOException {
        List<Library> found = new ArrayList<>();
        for (String resource : resources) {
            // read as a resource stream, never through a URL connection: cgoguard opens no connection of any kind
            try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long size = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    crc.update(buffer, 0, n);
                }
                found.add(new Library(resource, crc.getValue(), size));
            }
        }
        return found;
    }

    /** {@code x86_64-linux-gnu-%s.so}: the file names tree-sitter's loader looks for on this machine. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system;
        String extension;
        if (os.contains("windows")) {
            system = "windows";
            extension = "dll";
        } else if (os.contains("linux")) {
            system = "linux-gnu";
            extension = "so";
        } else if (os.contains("mac")) {
            system = "macos";
            extension = "dylib";
        } else {
            throw new IllegalStateException("no tree-sitter libraries for " + os);
        }
        String cpu = arch.contains("amd64") || arch.contains("x86_64") ? "x86_64" : arch.contains("aarch64") ? "aarch64" : arch;
        return cpu + "-" + system + "-%s." + extension;
    }

    /**
     * The name of the cache folder: two checksums (CRC-32 and Adler-32) of each library's name,
     * checksum and size. Not a message digest: the first use of one loads and sets up the security
     * providers, which costs a short run more than everything else here.
     */
    private static String key(List<Library> libraries) {
        StringBuilder description = new StringBuilder();
        for (Library library : libraries) {
            description.append(library.resource()).append(' ').append(library.crc()).append(' ').append(library.size()).append('\n');
        }
        byte[] bytes = description.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        String hex = Long.toHexString(crc.getValue() << 32 | adler.getValue());
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** Puts every library into {@code folder} (those already there are kept); false when the folder cannot be written. */
    private static boolean extractAll(List<Library> libraries, Path folder) {
        try {
            for (Library library : libraries) {
                Path target = folder.resolve(library.resource());
                if (Files.isRegularFile(target) && Files.size(target) == library.size()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), ".extracting-", ".part");
                try {
                    CRC32 crc = new CRC32();
                    try (InputStream in = library.open(); OutputStream out = Files.newOutputStream(partial)) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int n; (n = in.read(buffer)) > 0;) {
                            crc.update(buffer, 0, n);
                            out.write(buffer, 0, n);
                        }
                    }
                    if (crc.getValue() != library.crc()) {
                        throw new IOException(library.resource() + " changed while it was extracted");
                    }
                    try {
                        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Loads the libraries (by initialising the classes that load them) so that their files may go. */
    private static void loadNow() {
        for (String type : List.of("org.treesitter.TSParser", "org.treesitter.TreeSitterGo", "org.treesitter.TreeSitterBash")) {
            try {
                Class.forName(type, true, NativeLibraries.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // not on the class path, or not loadable here: nothing to keep
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    path.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
