package dev.cgoguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a fixed file safely: only when the file on disk still holds the text the fixes were computed
 * from, through a temporary file in the same folder renamed over it, keeping its permissions.
 */
final class FixWriter {
    private FixWriter() {
    }

    /** Why a file was not written. */
    static final class ChangedOnDiskException extends IOException {
        ChangedOnDiskException(String message) {
            super(message);
        }
    }

    static void write(Path file, String expectedOnDisk, String newText) throws IOException {
        Path target = file.toRealPath();
        String now = DiskText.read(target);
        if (!now.equals(expectedOnDisk)) {
            throw new ChangedOnDiskException("it changed on disk since it was read; run cgoguard again");
        }
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".cgoguard-tmp");
        try {
            Files.writeString(temp, newText, StandardCharsets.UTF_8);
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && dest != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            dest.setPermissions(permissions);
        } else {
            to.toFile().setExecutable(from.toFile().canExecute());
        }
    }
}
