package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {
    private static FileEdit edit(int line, int col, int endLine, int endCol, String text) {
        return new FileEdit("f", TextRange.of(line, col, endLine, endCol), text);
    }

    @Test
    void editsOfOneFileApplyTogetherWithoutShiftingEachOther() {
        TextEdits.Result r = TextEdits.apply("aaa bbb\nccc\n", List.of(edit(0, 0, 0, 3, "x"), edit(1, 0, 1, 3, "yyyy"), edit(0, 4, 0, 7, "")));
        assertEquals("x \nyyyy\n", r.text());
        assertEquals(3, r.applied());
    }

    @Test
    void anEditOverlappingAnEarlierOneIsSkipped() {
        TextEdits.Result r = TextEdits.apply("abcdef", List.of(edit(0, 1, 0, 4, "X"), edit(0, 3, 0, 5, "Y"), edit(0, 2, 0, 2, "Z")));
        assertEquals("aXef", r.text());
        assertEquals(1, r.applied());
        assertEquals(2, r.skipped());
    }

    @Test
    void insertionsAtTheEdgesOfAReplacementAreKept() {
        TextEdits.Result r = TextEdits.apply("abc", List.of(edit(0, 1, 0, 2, "B"), edit(0, 1, 0, 1, "<"), edit(0, 2, 0, 2, ">")));
        assertEquals("a<B>c", r.text());
    }

    @Test
    void insertedLineBreaksFollowACrlfFile() {
        assertEquals("a\r\nx\r\ny\r\nb\r\n", TextEdits.apply("a\r\nb\r\n", List.of(edit(1, 0, 1, 0, "x\ny\n"))).text());
        assertEquals("a\nx\ny\nb\n", TextEdits.apply("a\nb\n", List.of(edit(1, 0, 1, 0, "x\ny\n"))).text());
    }

    @Test
    void theFinalNewlineOrItsLackIsKept() {
        assertEquals("a\nz", TextEdits.apply("a\nb", List.of(edit(1, 0, 1, 1, "z\n"))).text());
        assertEquals("a\n", TextEdits.apply("a\nb\n", List.of(edit(0, 1, 2, 0, ""))).text());
    }

    @Test
    void positionsPastTheEndAreClamped() {
        assertEquals("abX", TextEdits.apply("abc", List.of(edit(0, 2, 9, 9, "X"))).text());
    }
}
