package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recursive make evaluated for one analysis is taken again by the next only while what it read
 * answers as before: an edit of the Makefile that starts it keeps its findings, while a change of
 * the file it reads or of a path its {@code $(wildcard)} matched brings the right findings.
 */
class RecursiveMakeReuseTest {
    private static final String MAKEFILE = "all:\n\t$(MAKE) -C app -f build.mk app\n";
    private static final String BUILD_MK = "ifneq ($(wildcard static.flag),)\n"
            + "LDFLAGS := -ldflags '-linkmode external -extldflags \"-static\"'\n"
            + "endif\n\n"
            + "app:\n\tCGO_ENABLED=1 go build $(LDFLAGS) -o app .\n";
    private static final String MAIN_GO = "package main\n\nimport \"C\"\n\nimport (\n\t\"fmt\"\n\t\"os/user\"\n)\n\n"
            + "func main() { u, _ := user.Current(); fmt.Println(u) }\n";

    @TempDir
    Path root;

    private Workspace scan() throws Exception {
        return new WorkspaceScanner().scan(root);
    }

    /** Where the static-glibc-nss findings stand: file and line (1-based). */
    private static List<String> staticNss(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.rule().equals("static-glibc-nss"))
                .map(RecursiveMakeReuseTest::place).toList();
    }

    private static String place(Finding finding) {
        return finding.location().path() + ":" + (finding.location().range().start().line() + 1);
    }

    /** The incremental result is what a fresh analysis of the same snapshot gives. */
    private static AnalysisResult checked(IncrementalAnalyzer incremental, Workspace snapshot) {
        AnalysisResult result = incremental.analyze(snapshot, AnalysisOptions.DEFAULTS);
        assertEquals(new Analyzer().analyze(snapshot, AnalysisOptions.DEFAULTS).findings(), result.findings());
        return result;
    }

    @Test
    void aRecursiveMakeIsTakenAgainOnlyWhileItsFilesAndGlobsAnswerAsBefore() throws Exception {
        Files.writeString(root.resolve("Makefile"), MAKEFILE);
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("app/build.mk"), BUILD_MK);
        Files.writeString(root.resolve("app/go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("app/main.go"), MAIN_GO);
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(new Analyzer());

        Workspace first = scan();
        assertEquals(List.of(), staticNss(checked(incremental, first)), "no flag file: a dynamic build");

        // the Makefile that starts the recursive make is edited: the recursive make is as it was
        Workspace edited = first.withFile("Makefile", "# builds the app\n" + MAKEFILE, 2);
        assertEquals(List.of(), staticNss(checked(incremental, edited)));

        // the file the recursive make's $(wildcard) looks for appears (and the Makefile starting it is
        // edited, so that it is planned again): the recursive make must be evaluated again
        Files.writeString(root.resolve("app/static.flag"), "yes\n");
        Workspace flagged = scan().withFile("Makefile", "# builds the app, statically\n" + MAKEFILE, 3);
        assertEquals(List.of("app/build.mk:6"), staticNss(checked(incremental, flagged)));

        // another edit of the starting Makefile keeps the recursive make as evaluated with the flag
        Workspace again = flagged.withFile("Makefile", MAKEFILE, 4);
        assertEquals(List.of("app/build.mk:6"), staticNss(checked(incremental, again)));

        // the file the recursive make reads changes: the finding follows its recipe line
        Workspace moved = again.withFile("app/build.mk", "# the app\n\n" + BUILD_MK, 5);
        assertEquals(List.of("app/build.mk:8"), staticNss(checked(incremental, moved)));

        // the flag file goes away: the static build is gone too
        Files.delete(root.resolve("app/static.flag"));
        Workspace unflagged = scan().withFile("Makefile", "# builds the app, dynamically\n" + MAKEFILE, 6)
                .withFile("app/build.mk", "# the app\n\n" + BUILD_MK, 6);
        assertEquals(List.of(), staticNss(checked(incremental, unflagged)));
    }
}
