package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts that run go commands through {@code eval} and nested shells: ordinary text that once
 * crashed every run, because the commands of the eval'd text had no place in the script.
 */
class HostileScriptTest {
    private static final String GO_MOD = "module example.com/x\n\ngo 1.21\n";
    private static final String MAIN_WITH_NET = "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n";

    @TempDir
    Path tmp;

    @Test
    void anEvaldBuildBesideAPlainOneIsLintedWithoutAnInternalError() {
        CliRun.write(tmp.resolve("go.mod"), GO_MOD);
        CliRun.write(tmp.resolve("main.go"), "package main\n\nfunc main() {}\n");
        CliRun.write(tmp.resolve("build.sh"), "#!/bin/bash\neval go build .\ngo build -o x .\n");
        CliRun lint = CliRun.run("lint", tmp.toString());
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        assertEquals("", lint.err());
        CliRun plan = CliRun.run("plan", tmp.toString());
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.out().contains("build.sh:2:1  go build"), plan.out());
        assertTrue(plan.out().contains("build.sh:3:1  go build"), plan.out());
    }

    @Test
    void aFindingOnAnEvaldBuildSitsOnTheEvalLine() {
        CliRun.write(tmp.resolve("go.mod"), GO_MOD);
        CliRun.write(tmp.resolve("main.go"), MAIN_WITH_NET);
        CliRun.write(tmp.resolve("build.sh"), "#!/bin/bash\n"
                + "eval CGO_ENABLED=1 go build -ldflags \"'-linkmode external -extldflags -static'\" .\n");
        CliRun run = CliRun.run("lint", "--format", "json", tmp.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        JsonArray findings = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("findings");
        assertEquals(1, findings.size(), run.out());
        JsonObject finding = findings.get(0).getAsJsonObject();
        assertEquals("static-glibc-nss", finding.get("rule").getAsString());
        assertEquals("build.sh", finding.get("path").getAsString());
        assertEquals(2, finding.get("line").getAsInt());
        assertEquals(1, finding.get("column").getAsInt());
    }

    @Test
    void aBuildInBashDashCOfAVariableIsReportedOnThatLine() {
        CliRun.write(tmp.resolve("go.mod"), GO_MOD);
        CliRun.write(tmp.resolve("main.go"), MAIN_WITH_NET);
        CliRun.write(tmp.resolve("build.sh"), "#!/bin/bash\n"
                + "CMD='go build -ldflags \"-linkmode external -extldflags -static\" -o app .'\n"
                + "bash -c \"$CMD\"\n");
        CliRun run = CliRun.runIn(tmp, "lint", tmp.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("build.sh:3:1: error: "), run.out());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void theFixOfAnEvaldBuildEditsTheEvalLineAndTheFindingGoes() {
        CliRun.write(tmp.resolve("go.mod"), GO_MOD);
        CliRun.write(tmp.resolve("main.go"), MAIN_WITH_NET);
        Path script = tmp.resolve("build.sh");
        CliRun.write(script, "#!/bin/bash\neval CGO_ENABLED=1 go build -ldflags \"'-linkmode external -extldflags -static'\" .\n");
        CliRun fixed = CliRun.run("lint", "--fix", tmp.toString());
        assertEquals(0, fixed.exit(), fixed.out() + fixed.err());
        assertEquals("#!/bin/bash\neval CGO_ENABLED=1 go build -tags netgo -ldflags \"'-linkmode external -extldflags -static'\" .\n",
                CliRun.read(script));
    }
}
