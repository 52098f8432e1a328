package dev.cgoguard.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoTextScannerTest {

    /** The walk's reports as text: kind, line, column and the text reported. */
    private static List<String> walk(String text) {
        List<String> seen = new ArrayList<>();
        GoTextScanner.scan(text, new GoTextScanner.Visitor() {
            @Override
            public void lineComment(int line, int lineStart, int start, int end) {
                seen.add("comment " + line + ":" + (start - lineStart) + " " + text.substring(start, end));
            }

            @Override
            public void stringLiteral(int line, int lineStart, int start, int end) {
                seen.add("string " + line + ":" + (start - lineStart) + " " + text.substring(start, end));
            }

            @Override
            public int identifier(int line, int lineStart, int start, int end) {
                seen.add("identifier " + line + ":" + (start - lineStart) + " " + text.substring(start, end));
                return end;
            }
        });
        return seen;
    }

    private static final String SOURCE = "package caf\u00e9 // note\n/* block\n comment */ x := `raw\nstring` + \"a\\\"b\" + 'c'\n"
            + "y.Z(\"open\n\u00fcber_2 /* unterminated";

    @Test
    void commentsStringsAndIdentifiersAreReportedWhereTheyStand() {
        assertEquals(List.of("identifier 0:0 package", "identifier 0:8 caf\u00e9", "comment 0:13 // note",
                "identifier 2:12 x", "string 3:10 \"a\\\"b\"", "identifier 4:0 y", "identifier 4:2 Z",
                "string 4:4 \"open", "identifier 5:0 \u00fcber_2"), walk(SOURCE));
    }
}
