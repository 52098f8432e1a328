package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.testing.FuzzBounds;
import dev.cgoguard.workspace.AsciiFirstDecoding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The Go header reader (package clause, imports, build constraints, cgo preamble) and the go.mod
 * reader on any text. The header is also read from the bytes as a build that reaches the package
 * reads it, a decoded prefix at a time until it is whole: for bytes that are UTF-8, that gives the
 * header read from the whole text, wherever the prefixes end.
 */
class GoHeaderFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void goHeader(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> {
            GoFileHeader whole = HeaderParser.parse("fuzz_linux.go", text);
            GoModParser.parseMod("go.mod", text);
            GoModParser.parseWork("go.work", text);
            assertEquals(text, AsciiFirstDecoding.decode(input));
            DiskHeaders.HeaderText read = DiskHeaders.headerText(input, input.length, false);
            GoFileHeader fromPrefix = read.markCut(HeaderParser.parse("fuzz_linux.go", read.text(), read.headerBounds(),
                    null, false).header());
            if (Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input)) {
                assertEquals(whole, fromPrefix);
            }
        });
    }
}
