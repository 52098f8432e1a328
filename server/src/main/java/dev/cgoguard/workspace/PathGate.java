package dev.cgoguard.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one way cgoguard reaches files: every read (the workspace scan, Makefile includes, a vendor
 * manifest, the Go headers of packages, the text a fix starts from) and every write (a fix) goes
 * through the gate of its workspace. The gate resolves the real path of what is asked for (symbolic
 * links, {@code ..}) and refuses anything that does not lie inside its roots: the workspace, which may
 * be read and written, and the folders of Go sources on this machine (GOROOT, the module cache),
 * which may only be read. A file is then opened without following a link in its last step, so that a
 * link swapped in after the check is refused rather than followed.
 *
 * <p>The workspace root is decided before anything is read, from what the user named (a folder, or a
 * file's own folder, never a link target's).
 */
public final class PathGate {
    private final Path root;
    private final List<Path> readOnlyRoots;

    private PathGate(Path root, List<Path> readOnlyRoots) {
        this.root = root;
        this.readOnlyRoots = List.copyOf(readOnlyRoots);
    }

    /** The gate of the workspace in {@code folder} (resolved to its real path). */
    public static PathGate of(Path folder) throws IOException {
        return new PathGate(folder.toRealPath(), List.of());
    }

    /**
     * The gate of a workspace whose root is already a real path (as a scan resolved it); when it is
     * not one, nothing resolves inside it and every read is refused.
     */
    public static PathGate forRealRoot(Path realRoot) {
        return new PathGate(realRoot.toAbsolutePath().normalize(), List.of());
    }

    /** This gate, also letting these folders be read (those that do not exist are left out). */
    public PathGate withReadOnlyRoots(Collection<Path> folders) {
        List<Path> all = new ArrayList<>(readOnlyRoots);
        for (Path folder : folders) {
            if (folder == null) {
                continue;
            }
            try {
                all.add(folder.toRealPath());
            } catch (IOException | SecurityException e) {
                // a folder that is not there adds nothing
            }
        }
        return new PathGate(root, all);
    }

    /** The workspace root: a real path. */
    public Path root() {
        return root;
    }

    /** True when a real path lies inside the workspace. */
    public boolean inWorkspace(Path realPath) {
        return realPath.startsWith(root);
    }

    private boolean mayRead(Path realPath) {
        if (inWorkspace(realPath)) {
            return true;
        }
        for (Path readOnly : readOnlyRoots) {
            if (realPath.startsWith(readOnly)) {
                return true;
            }
        }
        return false;
    }

    /** The real path of {@code path} when it exists and lies inside a root the gate lets be read; else empty. */
    public Optional<Path> resolve(Path path) {
        try {
            Path real = absolute(path).toRealPath();
            return mayRead(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The real path of {@code path}, which must exist and lie inside a root the gate lets be read.
     *
     * @throws OutsideException when it leads outside them
     */
    public Path readable(Path path) throws IOException {
        Path real = absolute(path).toRealPath();
        if (!mayRead(real)) {
            throw new OutsideException(path, real);
        }
        return real;
    }

    /**
     * The real path of {@code path}, which must exist and lie inside the workspace (the only root
     * that may be written).
     *
     * @throws OutsideException when it leads outside the workspace
     */
    public Path writable(Path path) throws IOException {
        Path real = absolute(path).toRealPath();
        if (!inWorkspace(real)) {
            throw new OutsideException(path, real);
        }
        return real;
    }

    /** True when {@code path} is a folder inside the roots. */
    public boolean isDirectory(Path path) {
        return resolve(path).map(Files::isDirectory).orElse(false);
    }

    /** True when {@code path} is a regular file inside the roots. */
    public boolean isRegularFile(Path path) {
        return resolve(path).map(Files::isRegularFile).orElse(false);
    }

    /** The size of a regular file inside the roots. */
    public long size(Path path) throws IOException {
        return Files.size(readable(path));
    }

    /** Opens a file inside the roots for reading (its real path, without following a link there). */
    public InputStream open(Path path) throws IOException {
        return openReal(readable(path));
    }

    /**
     * Opens a file a walk of the workspace found: its folders are real folders inside the root (a
     * walk does not follow links), so only its last step is checked, by opening it without following
     * a link.
     */
    public InputStream openWalked(Path file) throws IOException {
        if (!file.startsWith(root)) {
            throw new OutsideException(file, file);
        }
        return openReal(file);
    }

    /**
     * At most {@code limit} bytes from the start of a file a walk of the workspace found (checked as
     * {@link #openWalked} checks it), read into an array of the file's size.
     */
    public FilePrefix readWalkedPrefix(Path file, int limit) throws IOException {
        if (!file.startsWith(root)) {
            throw new OutsideException(file, file);
        }
        try (SeekableByteChannel channel = channelReal(file)) {
            return FilePrefix.read(channel, limit);
        }
    }

    /**
     * As {@link #readWalkedPrefix(Path, int)}, into {@code buffer} (as {@link FilePrefix#readInto}
     * reads): returns how many bytes it read.
     */
    public int readWalkedPrefix(Path file, byte[] buffer) throws IOException {
        if (!file.startsWith(root)) {
            throw new OutsideException(file, file);
        }
        try (SeekableByteChannel channel = channelReal(file)) {
            return FilePrefix.readInto(channel, buffer);
        }
    }

    private static InputStream openReal(Path real) throws IOException {
        return Channels.newInputStream(channelReal(real));
    }

    private static SeekableByteChannel channelReal(Path real) throws IOException {
        try {
            return Files.newByteChannel(real, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(real)) {
                throw new FileSystemException(real.toString(), null, "it became a symbolic link while cgoguard ran");
            }
            throw e;
        }
    }

    /** At most {@code limit} bytes from the start of a file inside the roots. */
    public byte[] readPrefix(Path path, int limit) throws IOException {
        try (InputStream in = open(path)) {
            return in.readNBytes(limit);
        }
    }

    /**
     * All of a regular file inside the roots.
     *
     * @throws TooLargeException when it holds more than {@code maxBytes}
     */
    public byte[] readAll(Path path, long maxBytes) throws IOException {
        Path real = readable(path);
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.size() > maxBytes) {
            throw new TooLargeException(real, attributes.size(), maxBytes);
        }
        try (InputStream in = openReal(real)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new TooLargeException(real, bytes.length, maxBytes);
            }
            return bytes;
        }
    }

    /** The entries of a folder inside the roots whose names match {@code glob}, as paths in that real folder. */
    public List<Path> list(Path folder, String glob) throws IOException {
        Path real = readable(folder);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(real, glob)) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private Path absolute(Path path) {
        return path.isAbsolute() ? path : root.resolve(path);
    }

    /** A path that leads outside the roots of the gate. */
    public static final class OutsideException extends IOException {
        private final Path target;

        OutsideException(Path asked, Path target) {
            super(asked.equals(target) ? asked + " lies outside the workspace"
                    : asked + " leads to " + target + ", outside the workspace");
            this.target = target;
        }

        /** Where the path leads. */
        public Path target() {
            return target;
        }
    }

    /** A file larger than a reader takes. */
    public static final class TooLargeException extends IOException {
        TooLargeException(Path file, long size, long limit) {
            super(file + " holds " + size + " bytes, more than the " + limit + " cgoguard reads");
        }
    }
}
