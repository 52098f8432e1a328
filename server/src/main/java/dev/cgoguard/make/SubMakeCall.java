package dev.cgoguard.make;

import dev.cgoguard.parse.QuotedWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A recursive make in a recipe command: {@code $(MAKE) -C dir target}, {@code $(MAKE) -f other.mk},
 * {@code cd dir && $(MAKE) target}, with the variables given on its command line. The directory
 * is relative to the directory of the calling make ("" when it stays there).
 */
record SubMakeCall(String directory, String file, List<String> targets, Map<String, String> variables) {
    private static final Pattern SEPARATORS = Pattern.compile("&&|\\|\\||;|\\n|\\(|\\)");
    /** Short options of GNU make that take an argument: directory, file, include folder, old/new file, eval. */
    private static final String WITH_ARGUMENT = "CfIoWE";
    /** Short options whose argument is optional and only a number: jobs, load average. */
    private static final String OPTIONAL_NUMBER = "jl";
    /** Long options of GNU make whose argument may be the next word. */
    private static final Set<String> LONG_WITH_ARGUMENT = Set.of("--include-dir", "--old-file",
            "--assume-old", "--what-if", "--new-file", "--assume-new", "--eval");

    /** The recursive make of a command, or null when it runs none (or runs one in an unknown place). */
    static SubMakeCall find(String command) {
        if (!command.contains("make")) {
            return null;
        }
        String flat = command.replace("\\\n", " ");
        String directory = "";
        for (String segment : SEPARATORS.split(flat)) {
            List<String> words = QuotedWords.shell(segment);
            if (words.isEmpty()) {
                continue;
            }
            if (words.get(0).equals("cd") && words.size() >= 2) {
                directory = join(directory, words.get(1));
                continue;
            }
            int i = 0;
            while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                i++;
            }
            if (i < words.size() && isMake(words.get(i))) {
                return parse(words.subList(i + 1, words.size()), directory);
            }
        }
        return null;
    }

    private static boolean isMake(String word) {
        return word.equals("make") || word.equals("gmake") || word.endsWith("/make") || word.endsWith("/gmake");
    }

    private static SubMakeCall parse(List<String> args, String startDirectory) {
        String directory = startDirectory;
        String file = null;
        List<String> targets = new ArrayList<>();
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.equals("--directory") || a.equals("--file") || a.equals("--makefile")) {
                if (next != null) {
                    if (a.equals("--directory")) {
                        directory = join(directory, next);
                    } else {
                        file = next;
                    }
                    i++;
                }
            } else if (a.startsWith("--directory=")) {
                directory = join(directory, a.substring("--directory=".length()));
            } else if (a.startsWith("--file=") || a.startsWith("--makefile=")) {
                file = a.substring(a.indexOf('=') + 1);
            } else if (LONG_WITH_ARGUMENT.contains(a)) {
                i++;
            } else if (a.startsWith("--")) {
                continue;
            } else if (a.startsWith("-")) {
                // short options bundle as with getopt: "-BC dir", "-sf other.mk", "-j4"; the first that
                // takes an argument takes the rest of the word, or the next word when none is left
                for (int c = 1; c < a.length(); c++) {
                    char option = a.charAt(c);
                    if (WITH_ARGUMENT.indexOf(option) < 0 && OPTIONAL_NUMBER.indexOf(option) < 0) {
                        continue;
                    }
                    String rest = a.substring(c + 1);
                    boolean attached = !rest.isEmpty();
                    if (OPTIONAL_NUMBER.indexOf(option) >= 0) {
                        // -j and -l take a number only when one follows
                        if (!attached && next != null && next.matches("[0-9.]+")) {
                            i++;
                        }
                        break;
                    }
                    String value = attached ? rest : next;
                    if (!attached) {
                        i++;
                    }
                    if (value != null && option == 'C') {
                        directory = join(directory, value);
                    } else if (value != null && option == 'f') {
                        file = value;
                    }
                    break;
                }
            } else if (a.matches("[^=\\s]+:?=.*")) {
                int eq = a.indexOf('=');
                String name = a.substring(0, eq);
                variables.put(name.endsWith(":") ? name.substring(0, name.length() - 1) : name, a.substring(eq + 1));
            } else {
                targets.add(a);
            }
        }
        if (MakeUnknown.contains(directory) || (file != null && MakeUnknown.contains(file))) {
            return null;
        }
        return new SubMakeCall(directory, file, targets, variables);
    }

    private static String join(String base, String dir) {
        if (dir.startsWith("/") || base.isEmpty()) {
            return dir;
        }
        return base + "/" + dir;
    }
}
