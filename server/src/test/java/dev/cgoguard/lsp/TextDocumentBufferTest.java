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

    @Test
    void positionsRoundTripThroughTheLineIndex() {
        LineIndex lines = new LineIndex("ab\r\ncd\ne");
        assertEquals(3, lines.lineCount());
        assertEquals(new Position(1, 1), lines.positionAt(lines.offsetAt(new Position(1, 1))));
        assertEquals(5, lines.offsetAt(new Position(1, 1)));
        assertEquals(new Position(2, 0), lines.positionAt(7));
    }
}
