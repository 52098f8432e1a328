package dev.cgoguard.shell;

/** Decodes the body of a {@code $'…'} string. */
final class AnsiCString {
    private AnsiCString() {
    }

    static String decode(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e', 'E' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\', '\'', '"', '?' -> out.append(e);
                case 'x', 'u', 'U' -> i = number(body, i + 1, e == 'x' ? 2 : e == 'u' ? 4 : 8, 16, out, i, e);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> i = number(body, i, 3, 8, out, i, e);
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    /** Reads up to {@code max} digits of {@code radix} from {@code from}; returns the index of the last one read. */
    private static int number(String body, int from, int max, int radix, StringBuilder out, int escapeIndex, char e) {
        int end = from;
        while (end < body.length() && end - from < max && Character.digit(body.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            out.append('\\').append(e);
            return escapeIndex;
        }
        int code = Integer.parseInt(body.substring(from, end), radix);
        out.appendCodePoint(radix == 8 ? code & 0xff : Math.min(code, Character.MAX_CODE_POINT));
        return end - 1;
    }
}
