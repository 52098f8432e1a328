package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cgoguard.workspace.TextRange;
import org.junit.jupiter.api.Test;

/** Which edits of a Makefile leave what make reads as it was, and where its lines go. */
class LineShiftTest {
    private static final String MAKEFILE = "# top\nA := 1\n\nall:\n\techo $(A)\n\nend:\n\ttrue\n";

    @Test
    void commentAndEmptyLinesMoveTheLinesBelowThem() {
        LineShift added = LineShift.between(MAKEFILE, MAKEFILE.replace("all:\n", "# comment\nall:\n"));
        assertEquals(2, added.line(2));
        assertEquals(4, added.line(3));
        assertEquals(TextRange.of(5, 1, 5, 10), added.range(TextRange.of(4, 1, 4, 10)));
        assertEquals(TextRange.of(0, 0, 0, 0), added.range(TextRange.of(0, 0, 0, 0)), "the whole file's place stays");

        LineShift removed = LineShift.between(MAKEFILE, MAKEFILE.replace("A := 1\n\n", "A := 1\n"));
        assertEquals(1, removed.line(1));
        assertEquals(-1, removed.line(2));
        assertNull(removed.range(TextRange.of(2, 0, 2, 0)));
        assertEquals(3, removed.line(4));

        LineShift changed = LineShift.between(MAKEFILE, MAKEFILE.replace("# top", "# the top"));
        assertEquals(-1, changed.line(0));
        assertEquals(1, changed.line(1));
        assertEquals(TextRange.of(0, 0, 0, 0), changed.range(TextRange.of(0, 0, 0, 0)));
    }

    @Test
    void linesMakeReadsAreNotSkipped() {
        assertNull(LineShift.between(MAKEFILE, MAKEFILE.replace("A := 1", "A := 2")), "an assignment");
        assertNull(LineShift.between(MAKEFILE, MAKEFILE.replace("\ttrue", "\ttrue\n\t# comment")), "a recipe line");
        assertNull(LineShift.between(MAKEFILE, MAKEFILE.replace("A := 1\n", "A := 1 \\\n# continued\n")),
                "a line a continuation joins");
        assertNull(LineShift.between(MAKEFILE, MAKEFILE.replace("# top\n", "# top \\\n")), "a comment continued");
        assertNull(LineShift.between(MAKEFILE, MAKEFILE.replace("\n\nall:", "\n  \nall:")), "a blank line of spaces");
        String defined = "define X\nline\nendef\n" + MAKEFILE;
        assertNull(LineShift.between(defined, defined.replace("define X\n", "define X\n# body\n")), "a define body");
        assertNull(LineShift.between(defined, defined.replace("line\n", "line\n\n")), "an empty line of a define");
        String nested = "ifeq ($(A),1)\nexport define X\ndefine Y\nendef\n\nendef\nendif\n" + MAKEFILE;
        assertNull(LineShift.between(nested, nested.replace("endef\n\nendef", "endef\n\n# x\nendef")), "a nested define");
    }

    @Test
    void theEndsOfTheFileAreNotShifted() {
        assertNull(LineShift.between(MAKEFILE, MAKEFILE + "# after\n"), "the last line");
        assertNull(LineShift.between(MAKEFILE, "\n" + MAKEFILE), "an empty first line");
        assertNull(LineShift.between(MAKEFILE, MAKEFILE), "no edit");
        assertNull(LineShift.between(MAKEFILE.replace("\n", "\r\n"), "# x\r\n" + MAKEFILE.replace("\n", "\r\n")),
                "carriage returns");
    }
}
