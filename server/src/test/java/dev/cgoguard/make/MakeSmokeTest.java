package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeSmokeTest {
    @TempDir
    Path dir;

    @Test
    void simpleRecipe() {
        MakeFixture f = new MakeFixture(dir).file("Makefile", """
                LDFLAGS := -s -w
                LDFLAGS += -extldflags "-static"
                build:
                \t@go build -ldflags '$(LDFLAGS)' -o bin/app .
                """);
        MakeEvaluation e = f.evaluate("Makefile");
        assertEquals(List.of("go build -ldflags '-s -w -extldflags \"-static\"' -o bin/app ."),
                MakeFixture.commands(e, "build"), e.toString());
    }
}
