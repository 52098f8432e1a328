package dev.cgoguard.cli;

import dev.cgoguard.workspace.PathGate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a fixed file safely. The file must lie inside the workspace (its real path, through the
 * workspace's {@link PathGate}: a link that leads out is refused), be a regular file its owner may
 * write (a read-only file is refused), and still hold the text the fixes were computed from. The file
 * checked is the file written: its folder is opened once and everything after happens relative to
 * it without following links (a link swapped in during the run is refused, not written through).
 *
 * <p>A file with one link is replaced through a temporary file in the same folder, renamed over it,
 * that gets the file's owner, group and mode bits (setgid included); a file with other hard links, or
 * whose owner or group cannot be given to a new file, is written in place, so that every link sees
 * the new text and nothing about the file changes but its content.
 */
final class FixWriter {
    private FixWriter() {
    }

    /** Why a file was not written. */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    static void write(PathGate gate, Path file, String expectedOnDisk, String newText) throws IOException {
        Path target;
        try {
            target = gate.writable(file);
        } catch (PathGate.OutsideException e) {
            throw new RefusedException("it " + (Files.isSymbolicLink(file) ? "is a symbolic link to " : "leads to ")
                    + e.target() + ", outside the workspace");
        }
        byte[] bytes = newText.getBytes(StandardCharsets.UTF_8);
        Path folder = target.getParent();
        Path name = target.getFileName();
        try (DirectoryStream<Path> opened = Files.newDirectoryStream(folder)) {
            if (opened instanceof SecureDirectoryStream<Path> secure) {
                sameFolder(secure, folder);
                new Relative(secure, folder, name).write(expectedOnDisk, bytes);
                return;
            }
        }
        new Relative(null, folder, name).write(expectedOnDisk, bytes);
    }

    /** The folder opened must be the one checked: a folder swapped for a link in between is refused. */
    private static void sameFolder(SecureDirectoryStream<Path> secure, Path folder) throws IOException {
        Object opened = secure.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
        Object checked = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        if (opened != null && !opened.equals(checked)) {
            throw new RefusedException("its folder changed on disk while cgoguard ran; run cgoguard again");
        }
    }

    /** One file in one opened folder: every step names it relative to the folder and never follows a link. */
    private static final class Relative {
        private final SecureDirectoryStream<Path> folder;
        private final Path folderPath;
        private final Path name;

        Relative(SecureDirectoryStream<Path> folder, Path folderPath, Path name) {
            this.folder = folder;
            this.folderPath = folderPath;
            this.name = name;
        }

        void write(String expectedOnDisk, byte[] bytes) throws IOException {
            PosixFileAttributes before = attributes(name);
            if (before.isSymbolicLink()) {
                throw new RefusedException("it became a symbolic link while cgoguard ran");
            }
            if (!before.isRegularFile()) {
                throw new RefusedException("it is not a regular file");
            }
            if (!before.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
                throw new RefusedException("it is read-only (" + PosixFilePermissions.toString(before.permissions())
                        + "); make it writable to let cgoguard fix it");
            }
            String now = read(name);
            if (!now.equals(expectedOnDisk)) {
                throw new RefusedException("it changed on disk since it was read; run cgoguard again");
            }
            int links = linkCount();
            if (links > 1) {
                overwrite(bytes);
                return;
            }
            Path temp = name.resolveSibling("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".cgoguard-tmp");
            boolean moved = false;
            try {
                create(temp, bytes);
                if (!takeOwnerAndMode(temp, before)) {
                    overwrite(bytes);
                    return;
                }
                PosixFileAttributes still = attributes(name);
                if (!still.isRegularFile() || !java.util.Objects.equals(still.fileKey(), before.fileKey())) {
                    throw new RefusedException("it changed on disk while cgoguard wrote it; run cgoguard again");
                }
                move(temp, name);
                moved = true;
            } finally {
                if (!moved) {
                    delete(temp);
                }
            }
        }

        private PosixFileAttributes attributes(Path entry) throws IOException {
            PosixFileAttributeView view = folder != null
                    ? folder.getFileAttributeView(entry, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.getFileAttributeView(folderPath.resolve(entry), PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view == null) {
                throw new RefusedException("this file system keeps no POSIX owner and mode, which cgoguard must keep");
            }
            return view.readAttributes();
        }

        private SeekableByteChannel open(Path entry, Set<? extends java.nio.file.OpenOption> options) throws IOException {
            try {
                return folder != null ? folder.newByteChannel(entry, options)
                        : Files.newByteChannel(folderPath.resolve(entry), options);
            } catch (FileSystemException e) {
                if (Files.isSymbolicLink(folderPath.resolve(entry))) {
                    throw new RefusedException("it became a symbolic link while cgoguard ran");
                }
                throw e;
            }
        }

        private String read(Path entry) throws IOException {
            try (SeekableByteChannel channel = open(entry, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                long size = channel.size();
                if (size > Integer.MAX_VALUE - 16) {
                    throw new RefusedException("it is too large");
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) size);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // read it all
                }
                return DiskText.decode(buffer.array(), buffer.position());
            }
        }

        private int linkCount() throws IOException {
            Object count = Files.getAttribute(folderPath.resolve(name), "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        }

        /** Writes the text into the file itself: same inode, so owner, group, mode and every hard link stay. */
        private void overwrite(byte[] bytes) throws IOException {
            try (SeekableByteChannel channel = open(name, Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.truncate(bytes.length);
                if (channel instanceof java.nio.channels.FileChannel file) {
                    file.force(true);
                }
            }
        }

        private void create(Path temp, byte[] bytes) throws IOException {
            try (SeekableByteChannel channel = open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (channel instanceof java.nio.channels.FileChannel file) {
                    file.force(true);
                }
            }
        }

        /**
         * Gives the new file the old one's owner, group and whole mode (setuid, setgid and sticky bits
         * too, which a change of owner clears, so the mode comes last); false when the owner or group
         * cannot be given (not root, another owner), so the file is written in place instead.
         */
        private boolean takeOwnerAndMode(Path temp, PosixFileAttributes before) throws IOException {
            Path path = folderPath.resolve(temp);
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes created = view.readAttributes();
            try {
                UserPrincipal owner = before.owner();
                GroupPrincipal group = before.group();
                if (!created.owner().equals(owner)) {
                    view.setOwner(owner);
                }
                if (!created.group().equals(group)) {
                    view.setGroup(group);
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
            Object mode = Files.getAttribute(folderPath.resolve(name), "unix:mode", LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
            return true;
        }

        private void move(Path from, Path to) throws IOException {
            if (folder != null) {
                folder.move(from, folder, to);
            } else {
                Files.move(folderPath.resolve(from), folderPath.resolve(to), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private void delete(Path entry) {
            try {
                if (folder != null) {
                    folder.deleteFile(entry);
                } else {
                    Files.deleteIfExists(folderPath.resolve(entry));
                }
            } catch (IOException e) {
                // nothing was created, or it is gone already
            }
        }
    }
}
