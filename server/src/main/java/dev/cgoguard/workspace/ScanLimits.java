package dev.cgoguard.workspace;

/**
 * Every limit of reading and analysing one workspace, in one place: how many files a scan visits
 * and how much of a file it reads, how long one parse may take, how far the Make, shell, Dockerfile
 * and YAML evaluations go, and how many go commands are planned. They keep a run bounded in time
 * and memory on hostile or huge input; each is far above what real repositories need (the figures
 * of the largest measured are given with each).
 *
 * <p>Reaching a limit is always reported, never silent: for the file count,
 * {@link WorkspaceTooLargeException} naming the limit and the settings that raise it
 * ({@code --max-files} on the command line, {@code cgoguard.maxFiles} in an editor); for a file
 * too large to read, a problem naming the file; for every other limit, an {@code analysis-incomplete}
 * finding at the place where the analysis stopped, saying which limit and what is not checked.
 *
 * @param maxFiles the most files one workspace scan visits (files of every kind, outside the
 *     folders that are always skipped and the excluded paths)
 */
public record ScanLimits(int maxFiles) {
    // --- reading files ---

    /** The default of {@link #maxFiles}: far above real repositories (the largest measured hold ~18,000 files), far below a home folder. */
    public static final int DEFAULT_MAX_FILES = 100_000;
    /**
     * Build files larger than this are not read, on disk or opened in an editor (real ones are far
     * smaller: the largest measured Makefile is 60 KB).
     */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Only this much of a Go file is read: the header (package clause and imports) comes first. */
    public static final int GO_PREFIX_BYTES = 256 * 1024;
    /** A settings file ({@code .cgoguard.yaml}) larger than this is refused. */
    public static final int SETTINGS_FILE_BYTES = 1024 * 1024;

    // --- parsing ---

    /**
     * One tree-sitter parse is given up after this long (real scripts parse in milliseconds; some
     * constructs, such as thousands of lines of several here-documents each, take tree-sitter's bash
     * parser time quadratic in their length).
     */
    public static final long PARSE_MILLIS = 10_000;

    // --- Make ---

    /** Includes nested deeper than this are not read. */
    public static final int MAKE_INCLUDE_DEPTH = 32;
    /** One top-level Makefile reads at most this many files (itself and its includes). */
    public static final int MAKE_FILES = 500;
    /** Combinations of unknown conditionals evaluated per Makefile. */
    public static final int MAKE_ALTERNATIVES = 16;
    /** Recursive makes ({@code $(MAKE) -C dir}) followed this deep. */
    public static final int MAKE_RECURSION = 4;
    /** Recursive makes followed per top-level Makefile. */
    public static final int MAKE_SUB_MAKES = 32;
    /** Expansions nested deeper than this ({@code $(…$(…)…)}) stay unknown. */
    public static final int MAKE_EXPANSION_DEPTH = 64;
    /** One expansion longer than this stays unknown. */
    public static final int MAKE_EXPANSION_CHARS = 1 << 20;
    /**
     * Characters all expansions of one Makefile alternative may produce, the lines its {@code $(eval)}s
     * read and the patterns its {@code $(wildcard)}s match counted in (32 per eval and 1 per character
     * read, 16,384 per pattern), and a 64th of it for each reference nested deeper than
     * {@link #MAKE_EXPANSION_DEPTH}; past it, values stay unknown.
     */
    public static final long MAKE_EXPANSION_WORK = 24L << 20;
    /** Recipe lines collected per Makefile alternative (the largest real Makefile has about 200 targets). */
    public static final int MAKE_RECIPE_LINES = 50_000;
    /** Prerequisites followed this deep from a goal. */
    public static final int MAKE_PREREQUISITE_DEPTH = 200;

    // --- shell ---

    /** Statements nested deeper than this are not read. */
    public static final int SHELL_NESTING = 200;
    /** Functions, {@code eval} and nested shells calling each other this deep. */
    public static final int SHELL_CALL_DEPTH = 8;
    /** Steps (statements visited) of one script's evaluation. */
    public static final int SHELL_STEPS = 500_000;
    /** Simple commands one script's evaluation lists. */
    public static final int SHELL_COMMANDS = 20_000;
    /** Words expanded inside words ({@code $(…)}, {@code ${…}}, arithmetic) this deep; deeper parts stay unknown. */
    public static final int SHELL_EXPANSION_DEPTH = 24;
    /** Arithmetic expressions ({@code $((…))}) nested this deep; deeper ones stay unknown. */
    public static final int SHELL_ARITHMETIC_DEPTH = 64;
    /** A shell value longer than this stays unknown. */
    public static final int SHELL_VALUE_CHARS = 1 << 20;
    /** Different workspace files one script's evaluation sources or runs ({@code . lib.sh}, {@code ./build.sh}). */
    public static final int SHELL_SOURCED_FILES = 32;
    /** Times in all one script's evaluation reads sourced or run files (a file read in a loop counts each time). */
    public static final int SHELL_FILE_READS = 64;
    /**
     * Files a {@code source} of a partly unknown name ({@code source "$dir/make/$bundle"}) is followed
     * into, each as one alternative: the scripts of that folder, in name order.
     */
    public static final int SHELL_SOURCE_CANDIDATES = 24;

    // --- Go and Dockerfiles ---

    /** A {@code //go:build} expression nested deeper than this is not read. */
    public static final int GO_CONSTRAINT_DEPTH = 100;
    /** Steps taken following a built file through the stages of a Dockerfile ({@code COPY --from}). */
    public static final int DOCKER_ARTIFACT_STEPS = 10_000;

    // --- YAML ---

    /** Aliases of collections in one YAML file (an alias bomb's weapon); past it, the file is not read. */
    public static final int YAML_COLLECTION_ALIASES = 100;

    // --- HCL (docker-bake) and GitLab CI ---

    /** HCL values nested deeper than this make a bake file unreadable, reported where they nest. */
    public static final int HCL_NESTING = 64;
    /** A bake target's {@code inherits} followed this deep (real ones go one or two levels). */
    public static final int BAKE_INHERITS = 16;
    /** Files one GitLab CI pipeline includes ({@code include: local:}); past it, the include is reported as not read. */
    public static final int GITLAB_INCLUDE_FILES = 50;
    /** GitLab CI includes nested this deep; deeper ones are reported as not read. */
    public static final int GITLAB_INCLUDE_DEPTH = 10;

    // --- planning ---

    /**
     * Plans of one go command (the same place built under different conditions or with different
     * flags: Make alternatives, a loop that writes a command many times); real ones have a few.
     */
    public static final int PLANS_PER_COMMAND = 64;
    /** Plans of one file (the largest real Makefile yields a few hundred). */
    public static final int PLANS_PER_FILE = 10_000;

    public static final ScanLimits DEFAULTS = new ScanLimits(DEFAULT_MAX_FILES);

    public ScanLimits {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("the file limit must be at least 1, not " + maxFiles);
        }
    }
}
