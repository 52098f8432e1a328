package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's edits of a Makefile, analysed one after the other as the language server does: an
 * edit of lines make skips (a comment line, an empty line) moves the findings, their related places
 * and their fixes with the lines below it; any other edit, including lines that only look like
 * comments (a {@code #} in a recipe, after a {@code \} continuation, in a {@code define}, or as a
 * recipe line when {@code .RECIPEPREFIX} is {@code #}), brings what a fresh analysis gives. Every
 * result is compared in full with a fresh analysis of the same text.
 */
class MakefileLayoutEditTest {
    private static final String STATIC_BUILD = "CGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags \"-static\"'"
            + " -o app .";
    private static final String MAKEFILE = "# the app\n"
            + "GOFLAGS ?= -trimpath\n"
            + "\n"
            + "build:\n"
            + "\t" + STATIC_BUILD + "\n"
            + "\n"
            + "ifeq ($(STATIC),1)\n"
            + "release:\n"
            + "\t$(MAKE) build\n"
            + "endif\n"
            + "\n"
            + ".PHONY: build release\n";
    private static final String MAIN_GO = "package main\n\nimport \"C\"\n\nimport (\n\t\"fmt\"\n\t\"os/user\"\n)\n\n"
            + "func main() { u, _ := user.Current(); fmt.Println(u) }\n";

    @TempDir
    Path root;

    private Workspace disk;
    private IncrementalAnalyzer incremental;
    private int version = 1;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(root.resolve("Makefile"), MAKEFILE);
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        disk = new WorkspaceScanner().scan(root);
        incremental = new IncrementalAnalyzer(new Analyzer());
        incremental.analyze(disk, AnalysisOptions.DEFAULTS);
    }

    /** The editor's analysis of the Makefile with {@code text}, checked against a fresh analysis in full. */
    private AnalysisResult edit(String text) {
        Workspace snapshot = disk.withFile("Makefile", text, ++version);
        AnalysisResult result = incremental.analyze(snapshot, AnalysisOptions.DEFAULTS);
        AnalysisResult fresh = new Analyzer().analyze(snapshot, AnalysisOptions.DEFAULTS);
        assertEquals(fresh.findings(), result.findings());
        assertEquals(fresh.plans(), result.plans());
        assertEquals(fresh.problems(), result.problems());
        return result;
    }

    /** The static-glibc-nss findings of the Makefile: line (1-based) and the lines its fixes edit (each once). */
    private static List<String> staticNss(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.rule().equals("static-glibc-nss"))
                .filter(f -> f.location().path().equals("Makefile")).map(MakefileLayoutEditTest::lines).toList();
    }

    private static String lines(Finding finding) {
        StringBuilder out = new StringBuilder().append(finding.location().range().start().line() + 1);
        finding.fixes().stream().flatMap(fix -> fix.edits().stream()).filter(e -> e.path().equals("Makefile"))
                .map(edit -> edit.range().start().line() + 1).distinct().forEach(line -> out.append(" fix@").append(line));
        return out.toString();
    }

    @Test
    void commentAndEmptyLinesMoveFindingsAndFixesWithTheLinesBelowThem() {
        assertEquals(List.of("5 fix@5"), staticNss(edit(MAKEFILE)));
        assertEquals(List.of("6 fix@6"), staticNss(edit("# edited\n" + MAKEFILE)));
        assertEquals(List.of("5 fix@5"), staticNss(edit(MAKEFILE)));
        // a comment between the rule and its recipe line does not end the rule
        String between = MAKEFILE.replace("build:\n", "build:\n# builds it\n\n");
        AnalysisResult moved = edit(between);
        assertEquals(List.of("7 fix@7"), staticNss(moved));
        // the fix applied to the edited text removes the hazard from the line that holds it
        Finding finding = moved.findings().stream().filter(f -> f.rule().equals("static-glibc-nss")).findFirst().orElseThrow();
        String fixed = TextEdits.apply(between, finding.fixes().get(0).edits()).text();
        assertEquals(between.lines().toList().subList(0, 6), fixed.lines().toList().subList(0, 6));
        assertFalse(staticNss(edit(fixed)).contains("7 fix@7"), fixed);
        // a comment changed in place, and lines taken out again
        assertEquals(List.of("5 fix@5"), staticNss(edit(MAKEFILE.replace("# the app", "# the application"))));
        assertEquals(List.of("4 fix@4"), staticNss(edit(MAKEFILE.replace("# the app\n", ""))));
    }

    @Test
    void aChangeOfWhatMakeReadsIsEvaluatedAgain() {
        edit(MAKEFILE);
        // the recipe line changes: the static link is gone
        assertEquals(List.of(), staticNss(edit(MAKEFILE.replace(" -extldflags \\\"-static\\\"", "")
                .replace(STATIC_BUILD, "CGO_ENABLED=1 go build -o app ."))));
        // a variable the recipe line reads changes
        String withFlags = MAKEFILE.replace("build:\n\t" + STATIC_BUILD,
                "build:\n\tCGO_ENABLED=1 go build $(LDFLAGS) -o app .");
        assertEquals(List.of(), staticNss(edit(withFlags)));
        assertEquals(List.of("6 fix@6"), staticNss(edit(withFlags.replace("GOFLAGS ?= -trimpath\n",
                "GOFLAGS ?= -trimpath\nLDFLAGS := -ldflags '-linkmode external -extldflags \"-static\"'\n"))));
    }

    @Test
    void linesThatOnlyLookLikeCommentsAreReadAsMakeReadsThem() {
        edit(MAKEFILE);
        // a '#' line in a recipe (after the recipe prefix) is part of the recipe
        edit(MAKEFILE.replace("\t" + STATIC_BUILD + "\n", "\t# static\n\t" + STATIC_BUILD + "\n"));
        // after a continued line, a '#' line continues it: the recipe line now ends on the '#' line, and -v
        // is a recipe line of its own
        String continued = MAKEFILE.replace("\t" + STATIC_BUILD + "\n", "\t" + STATIC_BUILD + " \\\n\t-v\n");
        edit(continued);
        AnalysisResult joined = edit(continued.replace(" \\\n\t-v\n", " \\\n# note\n\t-v\n"));
        assertEquals(List.of("5 fix@5"), staticNss(joined));
        Finding finding = joined.findings().stream().filter(f -> f.rule().equals("static-glibc-nss")).findFirst().orElseThrow();
        assertEquals(5, finding.location().range().end().line(), "the recipe line ends on the '#' line");
        // in a define, a '#' line is part of the value
        String defined = "define BUILD\n" + STATIC_BUILD + "\nendef\n" + MAKEFILE.replace("\t" + STATIC_BUILD, "\t$(BUILD)");
        edit(defined);
        edit(defined.replace("define BUILD\n", "define BUILD\n# builds the app\n"));
        edit(defined.replace("define BUILD\n", "define BUILD\n\n"));
    }

    @Test
    void aRecursiveMakeIntoAnEditedFileMovesWithItsLinesOrIsEvaluatedAgain() {
        String starting = "all:\n\t$(MAKE) -f build.mk build\n";
        String build = MAKEFILE.replace("# the app\n", "# the build\n");
        Workspace snapshot = disk.withFile("Makefile", starting, ++version).withFile("build.mk", build, version);
        incremental.analyze(snapshot, AnalysisOptions.DEFAULTS);
        assertEquals(List.of("build.mk:5"), staticNssIn(editBuild(snapshot, build)));
        // comment lines above the recipe line of the file the recursive make reads
        assertEquals(List.of("build.mk:7"), staticNssIn(editBuild(snapshot, "# one\n# two\n" + build)));
        // a '#' line in its recipe is part of the recipe; a change of its recipe line drops the static link
        assertEquals(List.of("build.mk:6"), staticNssIn(editBuild(snapshot, build.replace("build:\n", "build:\n\t# static\n"))));
        assertEquals(List.of(), staticNssIn(editBuild(snapshot, build.replace(" -extldflags \\\"-static\\\"", "")
                .replace(STATIC_BUILD, "CGO_ENABLED=1 go build -o app ."))));
        assertEquals(List.of("build.mk:5"), staticNssIn(editBuild(snapshot, build)));
        // the starting Makefile changes too: it is read again, and the recursive make it starts is moved
        Workspace started = snapshot.withFile("Makefile", starting.replace("all:\n", "all:\n\t@echo building\n"), ++version);
        assertEquals(List.of("build.mk:6"), staticNssIn(editBuild(started, "# one\n" + build)));
    }

    /** The editor's analysis after an edit of build.mk only, checked against a fresh analysis in full. */
    private AnalysisResult editBuild(Workspace snapshot, String text) {
        Workspace edited = snapshot.withFile("build.mk", text, ++version);
        AnalysisResult result = incremental.analyze(edited, AnalysisOptions.DEFAULTS);
        AnalysisResult fresh = new Analyzer().analyze(edited, AnalysisOptions.DEFAULTS);
        assertEquals(fresh.findings(), result.findings());
        assertEquals(fresh.plans(), result.plans());
        return result;
    }

    private static List<String> staticNssIn(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.rule().equals("static-glibc-nss"))
                .map(f -> f.location().path() + ":" + (f.location().range().start().line() + 1)).distinct().toList();
    }

    @Test
    void aCommentLineIsARecipeLineWhenTheRecipePrefixIsTheCommentSign() {
        String prefixed = ".RECIPEPREFIX := \\#\n" + MAKEFILE.replace("\t" + STATIC_BUILD, "#echo building");
        assertEquals(List.of(), staticNss(edit(prefixed)));
        assertEquals(List.of("7 fix@7"), staticNss(edit(prefixed.replace("#echo building\n", "#echo building\n#"
                + STATIC_BUILD + "\n"))));
    }
}
