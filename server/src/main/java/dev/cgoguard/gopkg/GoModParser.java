package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads go.mod and go.work files: line-oriented directives with optional {@code verb ( ... )}
 * blocks, {@code //} comments, and quoted or bare arguments. Unknown directives are skipped.
 */
final class GoModParser {
    private GoModParser() {
    }

    /** One directive line: the verb (of the block it stands in, if any) and its arguments. */
    record Directive(String verb, List<String> args) {
    }

    static GoModFile parseMod(String path, String text) {
        String module = null;
        String go = null;
        String toolchain = null;
        Map<String, String> requires = new LinkedHashMap<>();
        List<ModuleReplacement> replaces = new ArrayList<>();
        for (Directive d : directives(text)) {
            List<String> a = d.args();
            switch (d.verb()) {
                case "module" -> module = a.isEmpty() ? module : a.get(0);
                case "go" -> go = a.isEmpty() ? go : a.get(0);
                case "toolchain" -> toolchain = a.isEmpty() ? toolchain : a.get(0);
                case "require" -> {
                    if (a.size() >= 2) {
                        requires.put(a.get(0), a.get(1));
                    }
                }
                case "replace" -> {
                    ModuleReplacement r = replacement(a);
                    if (r != null) {
                        replaces.add(r);
                    }
                }
                default -> {
                }
            }
        }
        return new GoModFile(path, WorkspacePaths.parent(path), module, go, toolchain, Map.copyOf(requires), List.copyOf(replaces));
    }

    static GoWorkFile parseWork(String path, String text) {
        String dir = WorkspacePaths.parent(path);
        String go = null;
        String toolchain = null;
        List<String> uses = new ArrayList<>();
        List<ModuleReplacement> replaces = new ArrayList<>();
        for (Directive d : directives(text)) {
            List<String> a = d.args();
            switch (d.verb()) {
                case "go" -> go = a.isEmpty() ? go : a.get(0);
                case "toolchain" -> toolchain = a.isEmpty() ? toolchain : a.get(0);
                case "use" -> {
                    if (!a.isEmpty()) {
                        String resolved = WorkspacePaths.resolve(dir, a.get(0));
                        if (resolved != null) {
                            uses.add(resolved);
                        }
                    }
                }
                case "replace" -> {
                    ModuleReplacement r = replacement(a);
                    if (r != null) {
                        replaces.add(r);
                    }
                }
                default -> {
                }
            }
        }
        return new GoWorkFile(path, dir, go, toolchain, List.copyOf(uses), List.copyOf(replaces));
    }

    private static ModuleReplacement replacement(List<String> args) {
        int arrow = args.indexOf("=>");
        if (arrow < 1 || arrow > 2 || arrow + 1 >= args.size()) {
            return null;
        }
        String oldVersion = arrow == 2 ? args.get(1) : null;
        String newVersion = arrow + 2 < args.size() ? args.get(arrow + 2) : null;
        return new ModuleReplacement(args.get(0), oldVersion, args.get(arrow + 1), newVersion);
    }

    static List<Directive> directives(String text) {
        List<Directive> result = new ArrayList<>();
        String block = null;
        for (String rawLine : text.split("\n")) {
            List<String> words = words(rawLine);
            if (words.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (words.get(0).equals(")")) {
                    block = null;
                } else {
                    result.add(new Directive(block, words));
                }
                continue;
            }
            if (words.size() == 2 && words.get(1).equals("(")) {
                block = words.get(0);
                continue;
            }
            if (words.size() >= 2 && words.get(1).equals("(") && words.get(words.size() - 1).equals(")")) {
                result.add(new Directive(words.get(0), words.subList(2, words.size() - 1)));
                continue;
            }
            result.add(new Directive(words.get(0), words.subList(1, words.size())));
        }
        return result;
    }

    /** The words of a line without its {@code //} comment; quoted words lose their quotes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (line.startsWith("//", i)) {
                break;
            } else if (c == '"' || c == '`') {
                int close = line.indexOf(c, i + 1);
                while (c == '"' && close > 0 && line.charAt(close - 1) == '\\') {
                    close = line.indexOf(c, close + 1);
                }
                int end = close < 0 ? n : close;
                words.add(line.substring(i + 1, end));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                words.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '(' && line.charAt(i) != ')'
                        && !line.startsWith("//", i)) {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return words;
    }
}
