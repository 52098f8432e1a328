package dev.cgoguard.shell;

import java.util.List;
import java.util.regex.Pattern;

/** Shell patterns ({@code *}, {@code ?}, {@code […]}) of {@code ${X#pattern}} and friends as regular expressions. */
final class GlobPattern {
    private GlobPattern() {
    }

    /** The pattern of expanded pieces (quoted characters match themselves); null when a piece is unknown. */
    static Pattern compile(List<Piece> pieces) {
        StringBuilder regex = new StringBuilder();
        for (Piece piece : pieces) {
            if (!piece.known()) {
                return null;
            }
            if (piece.splittable()) {
                appendGlob(piece.text(), regex);
            } else {
                regex.append(Pattern.quote(piece.text()));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static void appendGlob(String glob, StringBuilder regex) {
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    regex.append("\\[");
                    continue;
                }
                String body = glob.substring(i + 1, close);
                if (body.startsWith("!") || body.startsWith("^")) {
                    body = "^" + body.substring(1);
                }
                regex.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
    }

    /** Removes the shortest or longest prefix ({@code #}, {@code ##}) or suffix ({@code %}, {@code %%}) matching. */
    static String remove(String value, Pattern pattern, boolean prefix, boolean longest) {
        int n = value.length();
        for (int step = 0; step <= n; step++) {
            int k = longest ? n - step : step;
            if (prefix && pattern.matcher(value.substring(0, k)).matches()) {
                return value.substring(k);
            }
            if (!prefix && pattern.matcher(value.substring(n - k)).matches()) {
                return value.substring(0, n - k);
            }
        }
        return value;
    }
}
