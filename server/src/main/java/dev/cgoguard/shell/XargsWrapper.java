package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code xargs [options] command [arguments]}: the command runs with arguments read from the
 * input, which the text does not give. So the command is the one after the options, with one
 * unknown word appended, or, under {@code -I REPLACE}, with each occurrence of REPLACE unknown.
 */
final class XargsWrapper {
    private static final Set<String> VALUE_OPTIONS = Set.of("-a", "--arg-file", "-d", "--delimiter", "-E", "--eof",
            "-I", "--replace", "-L", "--max-lines", "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars",
            "--process-slot-var");
    private static final Set<String> FLAGS = Set.of("-0", "--null", "-r", "--no-run-if-empty", "-t", "--verbose",
            "-p", "--interactive", "-x", "--exit", "--open-tty", "-o");
    private static final String INPUT = "<arguments xargs reads>";

    private XargsWrapper() {
    }

    /** The command xargs runs, with its input's part unknown; null when there is none or an option is not understood. */
    static List<ShellWord> command(List<ShellWord> argv) {
        String replace = null;
        int i = 1;
        for (; i < argv.size(); i++) {
            ShellWord word = argv.get(i);
            String text = word.text();
            if (!word.known()) {
                return null;
            }
            if (text.equals("--")) {
                i++;
                break;
            }
            if (!text.startsWith("-") || text.equals("-")) {
                break;
            }
            String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
            boolean attached = text.length() > 2 && !text.startsWith("--") && VALUE_OPTIONS.contains(text.substring(0, 2));
            if (VALUE_OPTIONS.contains(name) || attached) {
                String value = text.contains("=") ? text.substring(text.indexOf('=') + 1)
                        : attached ? text.substring(2) : i + 1 < argv.size() ? argv.get(++i).text() : null;
                if (name.equals("-I") || name.equals("--replace") || attached && text.startsWith("-I")) {
                    replace = value;
                }
            } else if (!FLAGS.contains(text)) {
                return null;
            }
        }
        if (i >= argv.size()) {
            return null;
        }
        List<ShellWord> command = new ArrayList<>();
        for (ShellWord word : argv.subList(i, argv.size())) {
            command.add(replace == null || replace.isEmpty() || !word.text().contains(replace) ? word
                    : new ShellWord(word.text(), false, word.range()));
        }
        if (replace == null) {
            command.add(new ShellWord(INPUT, false, null));
        }
        return command;
    }
}
