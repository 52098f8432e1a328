package dev.cgoguard.shell;

import java.util.List;

/** Reads the arguments of {@code env [-i] [-u NAME] [-C DIR] [NAME=value]… command…}. */
final class EnvWrapper {
    private EnvWrapper() {
    }

    /**
     * Applies env's options and assignments to {@code environment} and returns the index of the
     * command word, or {@code words.size()} when env runs no command; -1 when an option is not understood.
     */
    static int apply(List<ShellWord> words, CommandEnvironment environment) {
        int i = 1;
        boolean options = true;
        while (i < words.size()) {
            ShellWord word = words.get(i);
            String text = word.text();
            if (options && word.known() && text.startsWith("-") && !text.contains("=") || options && text.startsWith("--")) {
                if (text.equals("--")) {
                    options = false;
                } else if (text.equals("-") || text.equals("-i") || text.equals("--ignore-environment")) {
                    environment.clear();
                } else if ((text.equals("-u") || text.equals("--unset")) && i + 1 < words.size()) {
                    environment.remove(words.get(++i).text());
                } else if (text.startsWith("--unset=")) {
                    environment.remove(text.substring("--unset=".length()));
                } else if (text.startsWith("-u") && text.length() > 2) {
                    environment.remove(text.substring(2));
                } else if ((text.equals("-C") || text.equals("--chdir")) && i + 1 < words.size()) {
                    ShellWord dir = words.get(++i);
                    environment.workingDirectory = WorkingDirectory.resolve(environment.workingDirectory,
                            dir.known() ? dir.text() : null);
                } else if (text.startsWith("--chdir=")) {
                    environment.workingDirectory = WorkingDirectory.resolve(environment.workingDirectory,
                            word.known() ? text.substring("--chdir=".length()) : null);
                } else if (!text.equals("-0") && !text.equals("-v") && !text.equals("--null") && !text.equals("--debug")) {
                    return -1;
                }
                i++;
                continue;
            }
            return assignments(words, i, environment);
        }
        return i;
    }

    /** Sets the {@code NAME=value} words from {@code start} on; returns the index of the first other word. */
    static int assignments(List<ShellWord> words, int start, CommandEnvironment environment) {
        int i = start;
        while (i < words.size()) {
            String text = words.get(i).text();
            int eq = text.indexOf('=');
            if (eq <= 0 || !isName(text.substring(0, eq))) {
                break;
            }
            String value = text.substring(eq + 1);
            environment.set(text.substring(0, eq), words.get(i).known() ? ShellValue.known(value) : ShellValue.unknown(value));
            i++;
        }
        return i;
    }

    static boolean isName(String text) {
        if (text.isEmpty() || Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!WordExpander.isNameChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
