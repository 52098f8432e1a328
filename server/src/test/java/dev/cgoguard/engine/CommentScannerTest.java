package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.kinds.shell.ShellScriptKind;
import dev.cgoguard.workspace.FileKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentScannerTest {
    private static List<String> bodies(FileKind kind, String text) {
        return CommentScanner.comments(kind, text).stream().map(c -> c.line() + ":" + c.startColumn() + ":" + c.wholeLine() + ":" + c.body()).toList();
    }

    @Test
    void hashCommentsSkipQuotesEscapesAndMidWordHashes() {
        String text = "echo \"a # b\" 'c # d' ${#x} a\\#b # real\n  # whole\nX := 1#2\n";
        assertEquals(List.of("0:32:false: real", "1:2:true: whole"), bodies(ShellScriptKind.KIND, text));
    }

    @Test
    void anUnbalancedQuoteEndsWithItsLine() {
        assertEquals(List.of("1:0:true: next"), bodies(MakefileKind.KIND, "say it's\n# next\n"));
    }

    @Test
    void goCommentsSkipStringsRawStringsRunesAndBlockComments() {
        String text = "s := \"// no\" + `x\n// no` + '/' // yes\n/* // no\n */ // after\n\t// whole\r\n";
        assertEquals(List.of("1:13:false: yes", "3:4:false: after", "4:1:true: whole"), bodies(FileKind.GO, text));
    }
}
