package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental analysis gives what a full one gives, planning again only what an edit affects. */
class IncrementalAnalyzerTest {
    private static final String MAIN_GO = "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n";
    private static final String MAKEFILE = "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n";
    private static final String DOCKERFILE = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n"
            + "FROM alpine:3.19\nCOPY --from=build /app /app\n";

    @TempDir
    Path root;

    private Workspace scan() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/t\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        Files.writeString(root.resolve("Makefile"), MAKEFILE);
        Files.writeString(root.resolve("Dockerfile"), DOCKERFILE);
        return new WorkspaceScanner().scan(root);
    }

    private static BuildPlan planOf(AnalysisResult result, String path) {
        return result.plans().stream().filter(p -> p.origin().location().path().equals(path)).findFirst().orElseThrow();
    }

    private static List<String> rules(AnalysisResult result, String path) {
        return result.findings().stream().filter(f -> f.location().path().equals(path)).map(Finding::rule).toList();
    }

    @Test
    void aMakefileEditKeepsTheDockerfilePlansAndMatchesAFullAnalysis() throws Exception {
        Workspace first = scan();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());
        AnalysisResult before = incremental.analyze(first, AnalysisOptions.DEFAULTS);
        Workspace edited = first.withFile("Makefile", "# static build\n" + MAKEFILE, 7);
        AnalysisResult after = incremental.analyze(edited, AnalysisOptions.DEFAULTS);

        assertSame(planOf(before, "Dockerfile"), planOf(after, "Dockerfile"), "the Dockerfile was not planned again");
        assertNotSame(planOf(before, "Makefile"), planOf(after, "Makefile"));
        assertEquals(2, planOf(after, "Makefile").origin().location().range().start().line());
        assertSame(planOf(before, "Makefile").reach(), planOf(after, "Makefile").reach(),
                "no Go file changed: the package walk of the earlier snapshot serves");
        AnalysisResult full = new Analyzer().analyze(edited, AnalysisOptions.DEFAULTS);
        assertEquals(full.findings(), after.findings());
        assertEquals(full.dependencies(), after.dependencies());
    }

    @Test
    void anImportEditPlansAgainEveryFileThatReadsTheGoFile() throws Exception {
        Workspace first = scan();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());
        AnalysisResult before = incremental.analyze(first, AnalysisOptions.DEFAULTS);
        assertTrue(before.dependencies().get("Makefile").contains("main.go"), before.dependencies().toString());
        assertTrue(!rules(before, "Makefile").contains("static-glibc-nss"), rules(before, "Makefile").toString());

        Workspace edited = first.withFile("main.go", MAIN_GO.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os/user\"\n)"), 9);
        AnalysisResult after = incremental.analyze(edited, AnalysisOptions.DEFAULTS);
        assertTrue(rules(after, "Makefile").contains("static-glibc-nss"), rules(after, "Makefile").toString());
        assertNotSame(planOf(before, "Makefile").reach(), planOf(after, "Makefile").reach());
        AnalysisResult full = new Analyzer().analyze(edited, AnalysisOptions.DEFAULTS);
        assertEquals(full.findings(), after.findings());
        assertEquals(full.plans().size(), after.plans().size());
    }

    @Test
    void otherOptionsOrAnAddedFilePlanEverythingAgain() throws Exception {
        Workspace first = scan();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());
        AnalysisResult before = incremental.analyze(first, AnalysisOptions.DEFAULTS);
        AnalysisOptions stage = new AnalysisOptions(Map.of(), Map.of(), "build", Map.of());
        AnalysisResult other = incremental.analyze(first, stage);
        assertNotSame(planOf(before, "Dockerfile"), planOf(other, "Dockerfile"));
        assertEquals(new Analyzer().analyze(first, stage).findings(), other.findings());

        Workspace added = first.withFile("util.go", "package main\n\nimport \"os/user\"\n\nvar _ = user.Current\n", 1);
        AnalysisResult withFile = incremental.analyze(added, stage);
        assertEquals(new Analyzer().analyze(added, stage).findings(), withFile.findings());
        assertTrue(withFile.dependencies().get("Dockerfile").contains("util.go"), "the new file of package . is read: "
                + withFile.dependencies());
    }

    @Test
    void aSuppressionTypedAndRemovedAgainTakesEffectEachTime() throws Exception {
        Workspace first = scan().withFile("main.go", MAIN_GO.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os/user\"\n)"), 3);
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());
        assertTrue(rules(incremental.analyze(first, AnalysisOptions.DEFAULTS), "Makefile").contains("static-glibc-nss"));

        Workspace suppressed = first.withFile("Makefile", MAKEFILE.replace("run:\n",
                "run:\n# cgoguard:ignore static-glibc-nss -- the binary runs where it was built\n"), 4);
        AnalysisResult quiet = incremental.analyze(suppressed, AnalysisOptions.DEFAULTS);
        assertEquals(List.of(), rules(quiet, "Makefile"));
        assertEquals(new Analyzer().analyze(suppressed, AnalysisOptions.DEFAULTS).findings(), quiet.findings());

        Workspace restored = suppressed.withFile("Makefile", MAKEFILE, 5);
        assertEquals(List.of("static-glibc-nss"), rules(incremental.analyze(restored, AnalysisOptions.DEFAULTS), "Makefile"));
    }

    @Test
    void anEditThatBuildsAnotherPackageReportsItsGoFilesSuppressionCommentsAsAFreshLintDoes() throws Exception {
        Files.createDirectories(root.resolve("tool"));
        Files.writeString(root.resolve("tool/main.go"),
                "package main\n\nimport \"net\" // cgoguard:ignore static-glibc-nss -- not here\n\nvar _ = net.IPv4len\n\nfunc main() {}\n");
        Workspace first = scan();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());
        incremental.analyze(first, AnalysisOptions.DEFAULTS);

        String reaching = MAKEFILE + "tool:\n\tgo build -o /tmp/tool ./tool\n";
        AnalysisResult edited = incremental.analyze(first.withFile("Makefile", reaching, 2), AnalysisOptions.DEFAULTS);
        assertEquals(List.of("unused-suppression"), rules(edited, "tool/main.go"));

        Files.writeString(root.resolve("Makefile"), reaching);
        assertEquals(new Analyzer().analyze(new WorkspaceScanner().scan(root), AnalysisOptions.DEFAULTS).findings(),
                edited.findings());
    }
}
