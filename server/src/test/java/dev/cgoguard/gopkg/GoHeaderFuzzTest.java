package dev.cgoguard.gopkg;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The Go header reader (package clause, imports, build constraints, cgo preamble) and the go.mod reader on any text. */
class GoHeaderFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void goHeader(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> {
            HeaderParser.parse("fuzz_linux.go", text);
            GoModParser.parseMod("go.mod", text);
            GoModParser.parseWork("go.work", text);
        });
    }
}
