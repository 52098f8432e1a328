package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Set;

/** The state one alternative's reading shares with its helpers: files, problems, the recipe prefix. */
final class EvaluationContext {
    /** The problems one evaluation records at most. */
    static final int MAX_PROBLEMS = 1000;
    private final MakefileSources sources;
    private final String directory;
    private final Set<String> filesRead;
    private final Set<MakeProblem> problems;
    private final Set<String> fileVariables;
    private char recipePrefix = '\t';

    EvaluationContext(MakefileSources sources, String directory, Set<String> filesRead, Set<MakeProblem> problems,
            Set<String> fileVariables) {
        this.fileVariables = fileVariables;
        this.sources = sources;
        this.directory = directory;
        this.filesRead = filesRead;
        this.problems = problems;
    }

    MakefileSources sources() {
        return sources;
    }

    /** The directory make runs in, relative to the workspace root ("" for the root). */
    String directory() {
        return directory;
    }

    Set<String> filesRead() {
        return filesRead;
    }

    /** Names the Makefiles read so far assign somewhere (found by {@link AssignedNames}). */
    Set<String> fileVariables() {
        return fileVariables;
    }

    char recipePrefix() {
        return recipePrefix;
    }

    void problem(String kind, String makefile, TextRange range, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new MakeProblem(kind, makefile, range != null ? range : TextRange.of(0, 0, 0, 0), message));
        }
    }

    /** A workspace path as make names it from its working directory ({@code MAKEFILE_LIST}). */
    String shownPath(String path) {
        if (directory.isEmpty()) {
            return path;
        }
        return path.startsWith(directory + "/") ? path.substring(directory.length() + 1) : path;
    }

    /** Keeps {@code .RECIPEPREFIX} in step with its variable. */
    void afterAssignment(String name, MakeDatabase db) {
        if (name.equals(".RECIPEPREFIX")) {
            sources.recipePrefixSet();
            MakeVariable v = db.globals.get(name);
            String value = v == null ? "" : v.value();
            recipePrefix = value.isEmpty() || MakeUnknown.contains(value) ? '\t' : value.charAt(0);
        }
    }
}
