package dev.cgoguard.plan;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a build file names besides itself (a sourced script, an included CI file, a bake
 * target's Dockerfile): a workspace file (an open document included), or a regular file on disk
 * whose real path stays under the workspace root and within the size cgoguard reads. Nothing
 * outside the root is read.
 */
public final class WorkspaceReads {
    private WorkspaceReads() {
    }

    /** The text of a workspace-relative path, or empty. */
    public static Optional<SourceText> read(Workspace workspace, String relPath) {
        if (relPath == null || relPath.isEmpty() || relPath.startsWith("/") || relPath.startsWith("..") || relPath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Optional<WorkspaceFile> file = workspace.file(relPath);
        if (file.isPresent()) {
            return Optional.of(file.get().text());
        }
        try {
            Path root = workspace.root().toRealPath();
            Path candidate = workspace.root().resolve(relPath);
            if (!Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root) || Files.size(real) > WorkspaceScanner.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new SourceText(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
