package dev.cgoguard.gocmd;

import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises {@code go build|install|run|test} in a simple command and resolves its flags as the go
 * command does: {@code go -C dir}, {@code GOFLAGS} before the command line, {@code -flag value},
 * {@code -flag=value} and {@code --flag}, the last {@code -tags}/{@code -ldflags} winning, and the
 * package arguments (for {@code go run} and {@code go test} the words after them belong to the program).
 */
public final class GoCommandParser {
    private static final Set<String> SUBCOMMANDS = Set.of("build", "install", "run", "test");
    private static final Pattern VERSIONED_GO = Pattern.compile("go1(\\.\\d+)*((rc|beta)\\d+)?");

    private GoCommandParser() {
    }

    public static Optional<GoInvocation> parse(SimpleCommand command) {
        List<ShellWord> words = command.argv();
        if (words.isEmpty() || !isGoTool(words.get(0))) {
            return Optional.empty();
        }
        GoFlagState state = new GoFlagState();
        String directory = null;
        int i = 1;
        while (i < words.size() && words.get(i).known() && isFlag(words.get(i).text(), "C")) {
            String text = words.get(i).text();
            FlagValue value;
            int eq = text.indexOf('=');
            if (eq >= 0) {
                value = FlagValue.of(words.get(i), eq + 1);
                i++;
            } else if (i + 1 < words.size()) {
                value = FlagValue.of(words.get(i + 1), 0);
                i += 2;
            } else {
                return Optional.empty();
            }
            directory = value.isKnown() ? value.text() : null;
            if (!value.isKnown()) {
                state.unknownFlags.add("-C");
            }
        }
        if (i >= words.size() || !words.get(i).known() || !SUBCOMMANDS.contains(words.get(i).text())) {
            return Optional.empty();
        }
        String subcommand = words.get(i).text();
        applyGoflags(command.env().get("GOFLAGS"), subcommand, state);
        List<String> packages = new CommandLine(words, i + 1, subcommand, state).packages();
        return Optional.of(new GoInvocation(subcommand, directory, packages, state.output, state.tagList(),
                state.linkerFlags(), state.buildMode, state.race, state.msan, state.asan, state.trimpath,
                state.forceRebuild, state.installSuffix, command.env(), words, List.copyOf(state.unknownFlags),
                state.tagsAfterUnknownWords));
    }

    static boolean isGoTool(ShellWord word) {
        if (!word.known()) {
            return false;
        }
        String name = word.text().substring(word.text().lastIndexOf('/') + 1);
        return name.equals("go") || name.startsWith("go1") && VERSIONED_GO.matcher(name).matches();
    }

    private static boolean isFlag(String text, String name) {
        String bare = text.startsWith("--") ? text.substring(2) : text.startsWith("-") ? text.substring(1) : null;
        return bare != null && (bare.equals(name) || bare.startsWith(name + "="));
    }

    /** GOFLAGS: {@code -flag=value} or boolean {@code -flag} settings split by Go's quoting rules, applied first. */
    private static void applyGoflags(ShellValue goflags, String subcommand, GoFlagState state) {
        if (goflags == null) {
            return;
        }
        if (!goflags.known()) {
            state.unknownWord("GOFLAGS");
            return;
        }
        for (String field : GoQuoted.split(goflags.text())) {
            String bare = field.startsWith("--") ? field.substring(2) : field.startsWith("-") ? field.substring(1) : null;
            if (bare == null || bare.isEmpty()) {
                continue;
            }
            int eq = bare.indexOf('=');
            String name = eq < 0 ? bare : bare.substring(0, eq);
            if (eq >= 0) {
                state.apply(name, FlagValue.known(bare.substring(eq + 1)));
            } else if (!GoFlagTable.takesValue(name, subcommand)) {
                state.apply(name, null);
            }
        }
    }

    /** Reads the words after the subcommand: flags into the state, and the package arguments. */
    private static final class CommandLine {
        private final List<ShellWord> words;
        private final String subcommand;
        private final GoFlagState state;
        private int i;

        CommandLine(List<ShellWord> words, int start, String subcommand, GoFlagState state) {
            this.words = words;
            this.i = start;
            this.subcommand = subcommand;
            this.state = state;
        }

        List<String> packages() {
            List<String> packages = new ArrayList<>();
            if (!flags()) {
                return packages;
            }
            switch (subcommand) {
                case "run" -> {
                    if (i < words.size() && words.get(i).text().endsWith(".go")) {
                        while (i < words.size() && words.get(i).text().endsWith(".go")) {
                            packages.add(words.get(i++).text());
                        }
                    } else if (i < words.size()) {
                        packages.add(words.get(i).text());
                    }
                }
                case "test" -> {
                    while (i < words.size() && !words.get(i).text().startsWith("-")) {
                        packages.add(words.get(i++).text());
                    }
                    flags();
                }
                default -> {
                    while (i < words.size()) {
                        packages.add(words.get(i++).text());
                    }
                }
            }
            return List.copyOf(packages);
        }

        /** Reads flags up to the first non-flag word; false when {@code -args} ended the go command's part. */
        private boolean flags() {
            while (i < words.size()) {
                ShellWord word = words.get(i);
                String text = word.text();
                if (!word.isKnown(0, Math.min(text.length(), 1))) {
                    // a word that is unknown where a flag could stand: it may be flags or packages
                    state.unknownWord(text);
                    i++;
                    continue;
                }
                if (text.equals("--")) {
                    i++;
                    return true;
                }
                if (!text.startsWith("-") || text.equals("-")) {
                    return true;
                }
                String bare = text.startsWith("--") ? text.substring(2) : text.substring(1);
                int eq = bare.indexOf('=');
                String name = eq < 0 ? bare : bare.substring(0, eq);
                if (subcommand.equals("test") && name.equals("args")) {
                    i = words.size();
                    return false;
                }
                FlagValue value = null;
                if (eq >= 0) {
                    value = FlagValue.of(word, text.length() - bare.length() + eq + 1);
                    i++;
                } else if (GoFlagTable.takesValue(name, subcommand) && i + 1 < words.size()) {
                    value = FlagValue.of(words.get(i + 1), 0);
                    i += 2;
                } else {
                    i++;
                }
                state.apply(name, value);
            }
            return true;
        }
    }
}
