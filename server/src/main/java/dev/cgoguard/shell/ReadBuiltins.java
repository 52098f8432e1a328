package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The variables that builtins reading input assign ({@code read X Y}, {@code read -a A},
 * {@code printf -v X}, {@code getopts spec X}, {@code mapfile A}): their values are unknown afterwards.
 */
final class ReadBuiltins {
    private static final Set<String> READ_OPTIONS_WITH_VALUE = Set.of("-p", "-d", "-n", "-N", "-t", "-u", "-i");

    private ReadBuiltins() {
    }

    static List<String> assignedNames(List<ShellWord> argv) {
        String name = argv.get(0).text();
        List<String> names = new ArrayList<>();
        switch (name) {
            case "read" -> {
                for (int i = 1; i < argv.size(); i++) {
                    String text = argv.get(i).text();
                    if (READ_OPTIONS_WITH_VALUE.contains(text)) {
                        i++;
                    } else if (text.equals("-a") && i + 1 < argv.size()) {
                        names.add(argv.get(++i).text());
                    } else if (!text.startsWith("-")) {
                        names.add(text);
                    }
                }
                if (names.isEmpty()) {
                    names.add("REPLY");
                }
            }
            case "printf" -> {
                if (argv.size() > 2 && argv.get(1).text().equals("-v")) {
                    names.add(argv.get(2).text());
                }
            }
            case "getopts" -> {
                if (argv.size() > 2) {
                    names.add(argv.get(2).text());
                }
            }
            default -> {
                String last = argv.get(argv.size() - 1).text();
                names.add(argv.size() > 1 && !last.startsWith("-") ? last : "MAPFILE");
            }
        }
        names.removeIf(variable -> !EnvWrapper.isName(variable));
        return names;
    }
}
