package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderTextTest {
    private static void assertReadAsWhole(String text, String what) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        DiskHeaders.HeaderText read = DiskHeaders.headerText(bytes, bytes.length, false);
        assertEquals(HeaderParser.parse("x.go", text), read.markCut(HeaderParser.parse("x.go", read.text(),
                read.headerBounds(), null, false).header()), what);
        assertEquals(HeaderBounds.of(text).end(), read.headerBounds().end(), what);
        assertFalse(read.cut(), what);
    }

    /** A Go file whose header ends after {@code commentLines} lines of licence comment, with a body after it. */
    private static String file(int commentLines, String comment) {
        return "// " + comment + "\n".repeat(1) + ("// " + comment + "\n").repeat(commentLines)
                + "//go:build linux && !cgo\n\npackage x\n\nimport (\n\t\"net\"\n\th \"net/http\"\n)\n\nimport \"C\"\n\n"
                + "func F() {\n\t_, _ = h.Get(\"https://example.com\")\n}\n" + "// body\n".repeat(3000);
    }

    @Test
    void theHeaderIsReadAsFromTheWholeFileWhereverItEnds() {
        // every alignment of the comment lines on the places a prefix is cut (1 KB, 4 KB, 16 KB)
        for (String base : new String[] {"licence text", "licence t\u00e9xt \u2713"}) {
            for (int lines : new int[] {0, 10, 45, 180, 700}) {
                for (int pad = 0; pad < 26; pad++) {
                    String comment = base + "x".repeat(pad);
                    assertReadAsWhole(file(lines, comment), lines + " lines of " + comment);
                }
            }
        }
    }

    @Test
    void theHeaderIsReadAsFromTheWholeFileWhateverCharacterTheFirstCutFallsOn() {
        // the first prefix decoded ends at 1 KB: put each character of a header there, an import keyword's too
        String header = "package x\n\nimport (\n\t\"net\"\n)\n\nimport \"os/user\"\n\nimport \"C\"\n\nfunc F() {}\n";
        for (int at = 0; at <= header.length(); at++) {
            String text = "//" + "c".repeat(1024 - 3 - at) + "\n" + header + "// body\n".repeat(300);
            assertReadAsWhole(text, "the cut " + at + " characters into the header");
        }
    }
}
