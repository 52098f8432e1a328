package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in the Makefile itself, found also where no recipe expands the culprit. */
class MakeProblemsTest {
    @TempDir
    Path dir;

    @Test
    void unusedSelfReferenceIsReportedAtItsAssignment() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", """
                GOFLAGS = -trimpath
                LDFLAGS = $(LDFLAGS) -s
                A = $(B)
                B = x $(C)
                C = $(A)
                OK = $(GOFLAGS)
                build:
                \tgo build $(OK)
                """).evaluate("Makefile");
        List<Integer> lines = e.problems().stream().filter(p -> p.kind().equals("make-recursive-variable"))
                .map(p -> p.range().start().line()).sorted().toList();
        assertEquals(List.of(1, 2, 3, 4), lines);
        assertEquals(List.of("go build -trimpath"), MakeFixture.commands(e, "build"));
    }
}
