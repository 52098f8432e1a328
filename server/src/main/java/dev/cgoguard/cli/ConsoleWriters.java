package dev.cgoguard.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The writers the command line prints with. Output is UTF-8 whatever the locale (a CI log, a pipe,
 * a file, JSON and SARIF all want it), except on a terminal whose locale's charset cannot show a
 * character ({@code LANG=C}): there each such character is written as an ASCII stand-in
 * ({@code …} as {@code ...}, {@code ·} as {@code -}) instead of a {@code ?}.
 */
final class ConsoleWriters {
    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('\u2026', "..."), Map.entry('\u00b7', "-"), Map.entry('\u2014', "-"), Map.entry('\u2013', "-"),
            Map.entry('\u2192', "->"), Map.entry('\u2190', "<-"), Map.entry('\u2265', ">="), Map.entry('\u2264', "<="),
            Map.entry('\u2260', "!="), Map.entry('\u00d7', "x"), Map.entry('\u201c', "\""), Map.entry('\u201d', "\""),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u00a0', " "));

    private ConsoleWriters() {
    }

    static PrintWriter stdout() {
        return writer(System.out);
    }

    static PrintWriter stderr() {
        return writer(System.err);
    }

    private static PrintWriter writer(OutputStream stream) {
        Charset charset = charset(System.console() != null, System.getProperty("native.encoding"));
        Writer bytes = new OutputStreamWriter(stream, charset);
        return new PrintWriter(charset.equals(StandardCharsets.UTF_8) ? bytes : new StandIns(bytes, charset), true);
    }

    /** UTF-8, but on a terminal the locale's charset (whose characters it can show). */
    static Charset charset(boolean terminal, String nativeEncoding) {
        if (!terminal || nativeEncoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(nativeEncoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Writes each character the charset cannot encode as its ASCII stand-in, or {@code ?}. */
    static final class StandIns extends FilterWriter {
        private final CharsetEncoder encoder;

        StandIns(Writer out, Charset charset) {
            super(out);
            this.encoder = charset.newEncoder();
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (encoder.canEncode(ch)) {
                out.write(ch);
            } else {
                out.write(STAND_INS.getOrDefault(ch, "?"));
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }
}
