package dev.cgoguard.gocmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code -ldflags} value as the go command and the linker read it: an optional package
 * pattern ({@code all=…}), then fields split by {@link GoQuoted}; inside, {@code -linkmode},
 * {@code -extldflags} (itself split by the same rules), {@code -extld}, {@code -s}, {@code -w}, and
 * the values of other linker flags (such as {@code -X}) skipped.
 */
final class LinkerFlagsParser {
    private static final Set<String> VALUE_FLAGS = Set.of("-B", "-E", "-H", "-I", "-L", "-R", "-T", "-X", "-buildid",
            "-buildmode", "-capturehostobjs", "-cpuprofile", "-extar", "-extld", "-extldflags", "-fipso", "-importcfg",
            "-installsuffix", "-k", "-libgcc", "-linkmode", "-memprofile", "-memprofilerate", "-o", "-pluginpath",
            "-r", "-tmpdir", "-benchmark", "-benchmarkprofile", "-strictdups", "-debugtramp", "-debugtextsize",
            "-randlayout", "-funcalign");

    private LinkerFlagsParser() {
    }

    static LinkerFlags parse(FlagValue value) {
        FlagValue flags = withoutPattern(value);
        List<GoQuoted.Field> fields = GoQuoted.split(flags.text(), flags.unknown());
        List<String> args = new ArrayList<>();
        fields.forEach(field -> args.add(field.text()));
        boolean known = value.isKnown();
        String linkMode = null;
        boolean extGiven = false;
        List<String> ext = List.of();
        String extld = null;
        boolean strip = false;
        boolean omitDwarf = false;
        for (int i = 0; i < fields.size(); i++) {
            GoQuoted.Field field = fields.get(i);
            if (!field.known() || !field.text().startsWith("-")) {
                continue;
            }
            String text = field.text().startsWith("--") ? field.text().substring(1) : field.text();
            int eq = text.indexOf('=');
            String name = eq < 0 ? text : text.substring(0, eq);
            GoQuoted.Field argument = null;
            if (eq >= 0) {
                argument = new GoQuoted.Field(text.substring(eq + 1), true);
            } else if (VALUE_FLAGS.contains(name) && i + 1 < fields.size()) {
                argument = fields.get(++i);
            }
            boolean argumentKnown = argument != null && argument.known();
            switch (name) {
                case "-linkmode" -> linkMode = argumentKnown ? argument.text() : null;
                case "-extldflags" -> {
                    extGiven = true;
                    ext = argumentKnown ? GoQuoted.split(argument.text()) : List.of();
                }
                case "-extld" -> extld = argumentKnown ? argument.text() : null;
                case "-s" -> strip = argument == null || Boolean.TRUE.equals(GoFlagTable.parseBool(argument.text()));
                case "-w" -> omitDwarf = argument == null || Boolean.TRUE.equals(GoFlagTable.parseBool(argument.text()));
                default -> {
                    // other linker flags do not change how the binary links against libc
                }
            }
        }
        return new LinkerFlags(value.text(), List.copyOf(args), linkMode, extGiven, List.copyOf(ext), extld, strip,
                omitDwarf, known);
    }

    /**
     * Drops a leading {@code pattern=} (as in {@code -ldflags=all=-s -w}); a value that starts with
     * {@code -} has none, and one that starts with a quote is rejected by the go command.
     */
    private static FlagValue withoutPattern(FlagValue value) {
        String text = value.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length() || "-'\"".indexOf(text.charAt(start)) >= 0 || !value.isKnown(start, start + 1)) {
            return value;
        }
        int eq = text.indexOf('=', start);
        if (eq <= start || !value.isKnown(start, eq) || text.substring(start, eq).contains(" ")) {
            return value;
        }
        return value.substring(eq + 1);
    }
}
