package dev.cgoguard.shell;

import java.util.List;
import java.util.Set;

/**
 * A shell started as a command ({@code sh -c '…' arg0 args…}, {@code bash -ec "…"},
 * {@code bash -s <<EOF}): the script it runs, if it comes from the command line or standard input.
 */
record ShellInvocation(ShellWord script, List<ShellWord> arguments, boolean readsStandardInput) {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh");
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-o", "+o", "-O", "+O", "--rcfile", "--init-file");

    static boolean isShell(String command) {
        int slash = command.lastIndexOf('/');
        return SHELLS.contains(command.substring(slash + 1));
    }

    /** How the shell in {@code words} (a known shell name first) gets its script. */
    static ShellInvocation of(List<ShellWord> words) {
        boolean commandString = false;
        boolean stdin = false;
        int i = 1;
        for (; i < words.size(); i++) {
            String text = words.get(i).text();
            if (text.equals("--") || text.equals("-")) {
                i++;
                break;
            }
            if (OPTIONS_WITH_VALUE.contains(text)) {
                i++;
                continue;
            }
            if (text.startsWith("--")) {
                continue;
            }
            if ((text.startsWith("-") || text.startsWith("+")) && text.length() > 1) {
                commandString |= text.startsWith("-") && text.indexOf('c') > 0;
                stdin |= text.startsWith("-") && text.indexOf('s') > 0;
                continue;
            }
            break;
        }
        if (commandString) {
            ShellWord script = i < words.size() ? words.get(i) : null;
            List<ShellWord> rest = i + 1 < words.size() ? words.subList(i + 1, words.size()) : List.of();
            return new ShellInvocation(script, rest, false);
        }
        boolean readsStdin = stdin || i >= words.size();
        List<ShellWord> rest = readsStdin && i < words.size() ? words.subList(i, words.size()) : List.of();
        return new ShellInvocation(null, rest, readsStdin);
    }
}
