package dev.cgoguard.gocmd;

import java.util.Set;

/**
 * Which flags of {@code go build|install|run|test} take a value, so that the package arguments
 * are found where the go command finds them (cmd/go's build flags and test flags; {@code go help
 * build}, {@code go help testflag}). Flags not listed are boolean.
 */
final class GoFlagTable {
    private static final Set<String> BUILD_VALUE_FLAGS = Set.of("o", "p", "asmflags", "buildmode", "compiler",
            "gccgoflags", "gcflags", "installsuffix", "ldflags", "mod", "modfile", "overlay", "pgo", "pkgdir", "tags",
            "toolexec", "covermode", "coverpkg", "exec", "C");
    private static final Set<String> TEST_VALUE_FLAGS = Set.of("bench", "benchtime", "blockprofile",
            "blockprofilerate", "count", "coverprofile", "cpu", "cpuprofile", "fuzz", "fuzzminimizetime", "fuzztime",
            "list", "memprofile", "memprofilerate", "mutexprofile", "mutexprofilefraction", "outputdir", "parallel",
            "run", "skip", "timeout", "trace", "shuffle", "vet", "artifacts");

    private GoFlagTable() {
    }

    static boolean takesValue(String name, String subcommand) {
        if (BUILD_VALUE_FLAGS.contains(name)) {
            return true;
        }
        if (!subcommand.equals("test")) {
            return false;
        }
        String base = name.startsWith("test.") ? name.substring("test.".length()) : name;
        return TEST_VALUE_FLAGS.contains(base);
    }

    /** Go's strconv.ParseBool; null when the text is not a boolean. */
    static Boolean parseBool(String text) {
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }
}
