package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextDocumentBufferTest {
    private static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    private static String edit(String text, TextDocumentContentChangeEvent... changes) {
        return new TextDocumentBuffer("file:///Makefile", 1, text).apply(2, List.of(changes)).text();
    }

    @Test
    void rangedChangesApplyOneAfterTheOther() {
        String result = edit("build:\n\tgo build\n",
                change(1, 4, 1, 9, "run"), // "\tgo run\n"
                change(1, 7, 1, 7, " ."));
        assertEquals("build:\n\tgo run .\n", result);
    }

    @Test
    void columnsCountUtf16UnitsSoASurrogatePairIsTwo() {
        assertEquals("# 🐹 after\n", edit("# 🐹 before\n", change(0, 5, 0, 11, "after")));
    }

    @Test
    void crlfAndLoneCrEndLinesAndAColumnPastTheEndStopsBeforeTheBreak() {
        assertEquals("a!\r\nb\rc", edit("a\r\nb\rc", change(0, 99, 0, 99, "!")));
        assertEquals("a\r\nb\rX", edit("a\r\nb\rc", change(2, 0, 2, 1, "X")));
    }

    @Test
    void aChangeSpanningLinesJoinsThem() {
        assertEquals("line one\nthree", edit("line one\ntwo\nthree", change(1, 0, 2, 0, "")));
    }

    @Test
    void aLinePastTheEndMeansTheEndOfTheText() {
        assertEquals("ab\nEND", edit("ab\n", change(5, 0, 5, 0, "END")));
    }

    @Test
    void aChangeWithoutRangeReplacesTheWholeText() {
        TextDocumentBuffer buffer = new TextDocumentBuffer("file:///Makefile", 1, "old")
                .apply(4, List.of(new TextDocumentContentChangeEvent("new text")));
        assertEquals("new text", buffer.text());
        assertEquals(4, buffer.version());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 42, 1234, 99991})
    void anEditedLineIndexEqualsOneBuiltFromScratch(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "ab\r\n\n\t🐹";
        StringBuilder initial = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            initial.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        TextDocumentBuffer buffer = new TextDocumentBuffer("file:///x", 0, initial.toString());
        for (int round = 1; round <= 2000; round++) {
            LineIndex lines = buffer.lines();
            Position a = new Position(random.nextInt(lines.lineCount() + 1), random.nextInt(6));
            Position b = new Position(random.nextInt(lines.lineCount() + 1), random.nextInt(6));
            if (lines.offsetAt(a) > lines.offsetAt(b)) {
                Position swap = a;
                a = b;
                b = swap;
            }
            StringBuilder inserted = new StringBuilder();
            for (int i = random.nextInt(5); i > 0; i--) {
                inserted.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            buffer = buffer.apply(round, List.of(new TextDocumentContentChangeEvent(new Range(a, b), inserted.toString())));
            org.junit.jupiter.api.Assertions.assertArrayEquals(new LineIndex(buffer.text()).lineStarts(),
                    buffer.lines().lineStarts(), "after edit " + round + " on " + buffer.text().replace("\r", "\\r"));
        }
    }

    @Test
    void positionsRoundTripThroughTheLineIndex() {
        LineIndex lines = new LineIndex("ab\r\ncd\ne");
        assertEquals(3, lines.lineCount());
        assertEquals(new Position(1, 1), lines.positionAt(lines.offsetAt(new Position(1, 1))));
        assertEquals(5, lines.offsetAt(new Position(1, 1)));
        assertEquals(new Position(2, 0), lines.positionAt(7));
    }
}
