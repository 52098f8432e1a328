package dev.cgoguard.make;

import dev.cgoguard.parse.QuotedWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A recursive make in a recipe command: {@code $(MAKE) -C dir target}, {@code $(MAKE) -f other.mk},
 * {@code cd dir && $(MAKE) target}, with the variables given on its command line. The directory
 * is relative to the directory of the calling make ("" when it stays there).
 */
record SubMakeCall(String directory, String file, List<String> targets, Map<String, String> variables) {
    private static final Pattern SEPARATORS = Pattern.compile("&&|\\|\\||;|\\n|\\(|\\)");

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
            if (a.equals("-C") || a.equals("--directory")) {
                if (next != null) {
                    directory = join(directory, next);
                    i++;
                }
            } else if (a.startsWith("--directory=")) {
                directory = join(directory, a.substring("--directory=".length()));
            } else if (a.startsWith("-C")) {
                directory = join(directory, a.substring(2));
            } else if (a.equals("-f") || a.equals("--file") || a.equals("--makefile")) {
                if (next != null) {
                    file = next;
                    i++;
                }
            } else if (a.startsWith("--file=") || a.startsWith("--makefile=")) {
                file = a.substring(a.indexOf('=') + 1);
            } else if (a.startsWith("-f") && !a.startsWith("--")) {
                file = a.substring(2);
            } else if (a.equals("-I") || a.equals("-o") || a.equals("-W") || a.equals("-l")) {
                i++;
            } else if (a.startsWith("-")) {
                continue;
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
