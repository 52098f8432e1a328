package dev.cgoguard.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the files a script sources ({@code . ./scripts/.variables}, {@code source lib.sh}) by their
 * workspace-relative path; empty for a file that is not in the workspace. The evaluator resolves the
 * path against the script's working directory and never asks for one outside the workspace.
 */
@FunctionalInterface
public interface SourceReader {
    Optional<String> read(String workspacePath);

    /**
     * The workspace paths of the shell scripts in {@code folder} ({@code ""}: the root; not below it)
     * whose names match {@code name}, sorted: the files a {@code source} of a partly unknown name may
     * read. None unless the reader can list folders.
     */
    default List<String> scripts(String folder, Pattern name) {
        return List.of();
    }
}
