package dev.cgoguard.gocmd;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The go command line parser and the linker flags ({@code -ldflags}) parser. The input's first line
 * is written after {@code go build}; the rest is the value of {@code -ldflags}, read as known and as
 * unknown text.
 */
class GoFlagsFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void goFlags(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String arguments = newline < 0 ? text : text.substring(0, newline);
        String ldflags = newline < 0 ? "" : text.substring(newline + 1);
        FuzzBounds.check(() -> {
            ShellEvaluator.evaluate("go build " + arguments).forEach(GoCommandParser::parse);
            LinkerFlagsParser.parse(FlagValue.known(ldflags));
            LinkerFlagsParser.parse(FlagValue.unknown(ldflags));
        });
    }
}
