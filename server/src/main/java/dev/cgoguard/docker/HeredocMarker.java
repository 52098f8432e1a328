package dev.cgoguard.docker;

import java.util.ArrayList;
import java.util.List;

/** A {@code <<WORD}, {@code <<-WORD} or {@code <<"WORD"} on an instruction line, outside quotes. */
record HeredocMarker(String delimiter, boolean quoted, boolean stripTabs, int start, int end) {

    static List<HeredocMarker> find(String line) {
        List<HeredocMarker> markers = new ArrayList<>();
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                i++;
                continue;
            }
            if (c == '<' && line.startsWith("<<", i) && !line.startsWith("<<<", i) && (i == 0 || line.charAt(i - 1) != '<')) {
                HeredocMarker marker = parseAt(line, i);
                if (marker != null) {
                    markers.add(marker);
                    i = marker.end();
                    continue;
                }
            }
            i++;
        }
        return markers;
    }

    private static HeredocMarker parseAt(String line, int start) {
        int i = start + 2;
        boolean strip = i < line.length() && line.charAt(i) == '-';
        if (strip) {
            i++;
        }
        char quote = 0;
        if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
            quote = line.charAt(i++);
        }
        int wordStart = i;
        while (i < line.length() && isWordChar(line.charAt(i))) {
            i++;
        }
        if (i == wordStart) {
            return null;
        }
        String word = line.substring(wordStart, i);
        if (quote != 0) {
            if (i >= line.length() || line.charAt(i) != quote) {
                return null;
            }
            i++;
        }
        return new HeredocMarker(word, quote != 0, strip, start, i);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
