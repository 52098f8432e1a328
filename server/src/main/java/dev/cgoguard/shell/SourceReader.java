package dev.cgoguard.shell;

import java.util.Optional;

/**
 * Reads the files a script sources ({@code . ./scripts/.variables}, {@code source lib.sh}) by their
 * workspace-relative path; empty for a file that is not in the workspace. The evaluator resolves the
 * path against the script's working directory and never asks for one outside the workspace.
 */
@FunctionalInterface
public interface SourceReader {
    Optional<String> read(String workspacePath);
}
