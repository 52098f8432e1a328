package dev.cgoguard.cli;

import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The notes {@code lint} writes on stderr when a path it was given held nothing to check, so that a
 * mistyped path or a repository whose builds live in files cgoguard does not read does not pass in
 * silence: a file that is no build file or Go source, a folder without build files, or build files
 * without a go command.
 */
final class NothingLinted {
    private NothingLinted() {
    }

    static List<String> notes(LintTarget target, Workspace workspace, AnalysisResult result, boolean reportsAnything) {
        List<String> notes = new ArrayList<>();
        if (target.onlyFiles().isPresent()) {
            for (Path file : target.onlyFiles().get()) {
                String path = target.workspaceRoot().relativize(file).toString().replace('\\', '/');
                Optional<WorkspaceFile> read = workspace.file(path).filter(f -> f.kind() != FileKind.OTHER);
                if (read.isEmpty()) {
                    notes.add("cgoguard: " + target.local(path)
                            + ": nothing to lint: not a build file or Go source that cgoguard reads");
                }
            }
            return notes;
        }
        if (reportsAnything || !result.plans().isEmpty()) {
            return notes;
        }
        long buildFiles = workspace.files().values().stream().filter(f -> isBuildFile(f.kind())).count();
        boolean goSources = workspace.files().values().stream().anyMatch(f -> f.kind() == FileKind.GO);
        String where = target.local("");
        String shown = where.isEmpty() ? "." : where;
        if (buildFiles == 0) {
            notes.add("cgoguard: " + shown + ": nothing to lint: " + (goSources
                    ? "Go packages, but no build file (Makefile, Dockerfile, shell script, CI workflow) that builds them"
                    : "no build files and no Go packages"));
        } else {
            notes.add("cgoguard: " + shown + ": nothing to lint: none of its " + buildFiles
                    + (buildFiles == 1 ? " build file runs" : " build files runs") + " a go command that cgoguard can see");
        }
        return notes;
    }

    private static boolean isBuildFile(FileKind kind) {
        return kind != FileKind.GO && kind != FileKind.GO_MOD && kind != FileKind.GO_WORK && kind != FileKind.OTHER;
    }
}
