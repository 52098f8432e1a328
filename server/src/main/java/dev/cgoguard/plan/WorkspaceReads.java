package dev.cgoguard.plan;

import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a build file names besides itself (a sourced script, an included CI file, a bake
 * target's Dockerfile): a workspace file (an open document included), or a regular file on disk
 * read through the workspace's {@link PathGate}, whose real path must stay inside the workspace,
 * within the {@link ScanLimits#MAX_FILE_BYTES} cgoguard reads of a file. Nothing outside the
 * workspace is read.
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
            PathGate gate = workspace.gate();
            Optional<Path> real = gate.resolve(gate.root().resolve(relPath));
            if (real.isEmpty() || !gate.inWorkspace(real.get()) || !Files.isRegularFile(real.get())) {
                return Optional.empty();
            }
            byte[] bytes = gate.readAll(real.get(), ScanLimits.MAX_FILE_BYTES);
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
