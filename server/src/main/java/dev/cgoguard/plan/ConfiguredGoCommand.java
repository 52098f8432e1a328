package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A go command that a build tool runs from its configuration (GoReleaser, ko, promu): the words and
 * environment the tool passes, each value as configured. A Go template in a value
 * ({@code {{ .Version }}}, {@code {{ .Env.CGO }}}) is what the tool fills in at release time: that
 * part of the word, or the whole environment value, is unknown.
 */
public final class ConfiguredGoCommand {
    private final List<ShellWord> argv = new ArrayList<>();
    private final Map<String, ShellValue> env = new LinkedHashMap<>();

    public ConfiguredGoCommand(String subcommand) {
        argv.add(new ShellWord("go", true, null));
        argv.add(new ShellWord(subcommand, true, null));
    }

    /** Adds one argument as configured (a template in it is unknown). */
    public ConfiguredGoCommand word(String text) {
        argv.add(word(text, null));
        return this;
    }

    /** Adds several arguments. */
    public ConfiguredGoCommand words(List<String> texts) {
        texts.forEach(this::word);
        return this;
    }

    /** Sets an environment variable from a {@code NAME=value} setting; a setting without {@code =} is passed over. */
    public ConfiguredGoCommand setting(String nameEqualsValue) {
        int eq = nameEqualsValue.indexOf('=');
        if (eq > 0) {
            env(nameEqualsValue.substring(0, eq), nameEqualsValue.substring(eq + 1));
        }
        return this;
    }

    public ConfiguredGoCommand env(String name, String value) {
        env.put(name, hasTemplate(value) ? ShellValue.unknown(value.strip()) : ShellValue.known(value));
        return this;
    }

    /** Sets an environment variable the tool's environment gives a value the files do not tell. */
    public ConfiguredGoCommand unknownEnv(String name, String source) {
        env.put(name, ShellValue.unknown(source));
        return this;
    }

    /** The command the tool runs, with its parsed invocation; empty when it is no go build. */
    public Optional<GoInvocation> invocation() {
        return GoCommandParser.parse(command(null));
    }

    /** The command as a shell would have found it, placed at {@code range}. */
    public SimpleCommand command(TextRange range) {
        return new SimpleCommand(List.copyOf(argv), Map.copyOf(env), null, range, List.of());
    }

    public static boolean hasTemplate(String text) {
        return text != null && text.contains("{{");
    }

    static ShellWord word(String text, TextRange range) {
        if (!hasTemplate(text)) {
            return new ShellWord(text, true, range);
        }
        List<ShellWord.Span> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            int end = close < 0 ? text.length() : close + 2;
            spans.add(new ShellWord.Span(open, end));
            from = end;
        }
        return new ShellWord(text, false, range, spans);
    }
}
