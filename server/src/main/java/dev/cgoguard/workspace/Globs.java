package dev.cgoguard.workspace;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The glob syntax of LSP file watchers (and VS Code's document filters) as regular expressions:
 * {@code **} any number of folders, {@code *} and {@code ?} within one name, {@code {a,b}}
 * alternatives, {@code [...]} character sets. A leading {@code **}{@code /} also matches at the root.
 */
final class Globs {
    private Globs() {
    }

    /**
     * A matcher of workspace-relative paths for one glob. The common shapes are matched on the file
     * name without a regular expression: {@code **}{@code /NAME}, {@code **}{@code /*SUFFIX} and
     * {@code **}{@code /PREFIX*}; anything else goes through {@link #toPattern}.
     */
    static Predicate<String> matcher(String glob) {
        if (glob.startsWith("**/")) {
            String name = glob.substring(3);
            if (!name.contains("/") && !name.contains("{") && !name.contains("[") && !name.contains("?")) {
                int star = name.indexOf('*');
                if (star < 0) {
                    return path -> path.endsWith(name) && (path.length() == name.length() || path.charAt(path.length() - name.length() - 1) == '/');
                }
                if (star == name.lastIndexOf('*')) {
                    String prefix = name.substring(0, star);
                    String suffix = name.substring(star + 1);
                    return path -> {
                        int start = path.lastIndexOf('/') + 1;
                        return path.length() - start >= prefix.length() + suffix.length() && path.startsWith(prefix, start)
                                && path.endsWith(suffix);
                    };
                }
            }
        }
        Pattern pattern = toPattern(glob);
        // the text after the last wildcard ends every path the glob matches: most paths are told apart by it
        String tail = glob.substring(Math.max(Math.max(glob.lastIndexOf('*'), glob.lastIndexOf('?')),
                Math.max(glob.lastIndexOf(']'), glob.lastIndexOf('}'))) + 1);
        return path -> path.endsWith(tail) && pattern.matcher(path).matches();
    }

    static Pattern toPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                braces++;
                regex.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                regex.append(')');
            } else if (c == ',' && braces > 0) {
                regex.append('|');
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    regex.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close);
                    regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
                    i = close;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&");
    }
}
