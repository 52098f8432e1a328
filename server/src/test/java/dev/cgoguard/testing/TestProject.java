package dev.cgoguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.TextEdits;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way tests build a small project on disk: write its files (a Go module, a main package, a
 * two-stage Dockerfile), scan it, lint it with the real analysis, apply a fix and read the result.
 */
public final class TestProject {
    private final Path root;

    public TestProject(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes a file (its folders made as needed). */
    public TestProject file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code go.mod} of the module example.com/app. */
    public TestProject goMod(String goVersion) {
        return file("go.mod", "module example.com/app\n\ngo " + goVersion + "\n");
    }

    /** A module with a main.go that imports {@code imports} (standard packages, with a blank import). */
    public TestProject module(String goVersion, String... imports) {
        StringBuilder main = new StringBuilder("package main\n\n");
        for (String path : imports) {
            main.append("import _ \"").append(path).append("\"\n");
        }
        main.append("\nfunc main() {}\n");
        goMod(goVersion);
        return file("main.go", main.toString());
    }

    /** cmd/app/main.go with the given import block lines and body of main. */
    public TestProject main(String imports, String body) {
        return file("cmd/app/main.go", "package main\n\nimport (\n" + imports + "\n)\n\nfunc main() {\n" + body + "\n}\n");
    }

    /** A two-stage Dockerfile: the build stage's image and go command, then the run stage's lines (FROM first). */
    public TestProject dockerfile(String buildImage, String goCommand, String... runStage) {
        return file("Dockerfile", "FROM " + buildImage + " AS build\nWORKDIR /src\nCOPY . .\nRUN " + goCommand + "\n\n"
                + String.join("\n", runStage) + "\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
    }

    public Workspace workspace() {
        try {
            return new WorkspaceScanner().scan(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AnalysisResult analyze(AnalysisOptions options) {
        return new Analyzer().analyze(workspace(), options);
    }

    public List<Finding> findings() {
        return analyze(AnalysisOptions.DEFAULTS).findings();
    }

    public List<Finding> findings(String rule) {
        return findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding of {@code rule}. */
    public Finding only(String rule) {
        List<Finding> found = findings(rule);
        assertEquals(1, found.size(), "one " + rule + " finding: " + findings());
        return found.get(0);
    }

    /** Applies a fix to the files it edits, as --fix does; returns the text of {@code path} afterwards. */
    public String apply(Fix fix, String path) {
        try {
            for (String edited : fix.edits().stream().map(FileEdit::path).distinct().toList()) {
                Path file = root.resolve(edited);
                List<FileEdit> edits = fix.edits().stream().filter(e -> e.path().equals(edited)).toList();
                Files.writeString(file, TextEdits.apply(Files.exists(file) ? Files.readString(file) : "", edits).text());
            }
            return text(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finding's one preferred fix. */
    public static Fix preferred(Finding finding) {
        List<Fix> preferred = finding.fixes().stream().filter(Fix::preferred).toList();
        assertEquals(1, preferred.size(), "exactly one preferred fix: " + finding.fixes());
        return preferred.get(0);
    }

    /** The fix whose title starts with {@code start}. */
    public static Fix titled(Finding finding, String start) {
        return finding.fixes().stream().filter(f -> f.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + start + "…' in " + finding.fixes()));
    }

    /** Line {@code oneBased} of a text. */
    public static String line(String text, int oneBased) {
        return text.lines().toList().get(oneBased - 1);
    }
}
