package dev.cgoguard.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Commands that run another command after options of their own: {@code nice}, {@code timeout},
 * {@code stdbuf}, {@code ionice} and {@code sudo}. Each is read far enough to find the command it
 * runs; an option that is not understood leaves the wrapper as the command (nothing is guessed).
 * {@code sudo} also changes the environment: without {@code -E} it resets it, keeping what sudoers
 * lets through, so the script's variables are unknown to the command (those named by
 * {@code --preserve-env=LIST} are kept); its {@code NAME=value} arguments are set.
 */
final class CommandWrappers {
    /** Per wrapper: its options that take a value, as the next word or after {@code =}. */
    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of(
            "nice", Set.of("-n", "--adjustment"),
            "timeout", Set.of("-s", "--signal", "-k", "--kill-after"),
            "stdbuf", Set.of("-i", "-o", "-e", "--input", "--output", "--error"),
            "ionice", Set.of("-c", "-n", "--class", "--classdata"),
            "sudo", Set.of("-u", "--user", "-g", "--group", "--host", "-p", "--prompt", "-C", "--close-from",
                    "-D", "--chdir", "-r", "--role", "-t", "--type", "-T", "--command-timeout", "-U", "--other-user"));
    /** Per wrapper: its options without a value. */
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "nice", Set.of(),
            "timeout", Set.of("--preserve-status", "--foreground", "-v", "--verbose"),
            "stdbuf", Set.of(),
            "ionice", Set.of("-t", "--ignore"),
            "sudo", Set.of("-H", "--set-home", "-n", "--non-interactive", "-S", "--stdin", "-b", "--background",
                    "-P", "--preserve-groups", "-A", "--askpass", "-B", "--bell", "-k", "--reset-timestamp"));

    private CommandWrappers() {
    }

    static boolean isWrapper(String name) {
        return VALUE_OPTIONS.containsKey(name);
    }

    /**
     * The index of the command the wrapper {@code argv[0]} runs, with its effect on
     * {@code environment} applied; -1 when it runs none, or an option is not understood.
     */
    static int commandIndex(List<ShellWord> argv, CommandEnvironment environment) {
        String wrapper = argv.get(0).text();
        boolean sudo = wrapper.equals("sudo");
        Set<String> kept = null; // sudo: the names -E or --preserve-env=LIST keep; null keeps none
        int i = 1;
        for (; i < argv.size(); i++) {
            ShellWord word = argv.get(i);
            String text = word.text();
            if (!word.known()) {
                return -1;
            }
            if (text.equals("--")) {
                i++;
                break;
            }
            if (!text.startsWith("-") || text.equals("-")) {
                break;
            }
            if (wrapper.equals("nice") && text.substring(1).chars().allMatch(Character::isDigit)) {
                continue; // nice -10
            }
            String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
            if (sudo && (name.equals("-E") || name.equals("--preserve-env"))) {
                kept = text.contains("=") ? new HashSet<>(List.of(text.substring(text.indexOf('=') + 1).split(","))) : null;
                if (kept == null) {
                    kept = environment.visible().keySet();
                }
            } else if (VALUE_OPTIONS.get(wrapper).contains(name)) {
                i += text.contains("=") ? 0 : 1;
            } else if (!(text.length() > 2 && !text.startsWith("--") && VALUE_OPTIONS.get(wrapper).contains(text.substring(0, 2)))
                    && !FLAGS.get(wrapper).contains(text)) {
                return -1;
            }
        }
        if (wrapper.equals("timeout")) {
            i++; // the duration
        }
        if (sudo) {
            Set<String> keep = kept == null ? Set.of() : Set.copyOf(kept);
            for (String variable : Set.copyOf(environment.visible().keySet())) {
                if (!keep.contains(variable)) {
                    environment.set(variable, ShellValue.unknown("$" + variable
                            + " under sudo, which resets the environment unless sudoers keeps it"));
                }
            }
            i = EnvWrapper.assignments(argv, i, environment);
        }
        return i < argv.size() ? i : -1;
    }
}
