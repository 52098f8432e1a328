package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.TextEdits;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test vocabulary: a small Go project with a Dockerfile in a folder, linted, and fixes applied to it. */
final class ImageRuleProject {
    private final Path root;

    ImageRuleProject(Path root) {
        this.root = root;
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
    }

    ImageRuleProject write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** cmd/app/main.go with the given imports and body of main. */
    ImageRuleProject main(String imports, String body) {
        return write("cmd/app/main.go", "package main\n\nimport (\n" + imports + "\n)\n\nfunc main() {\n" + body + "\n}\n");
    }

    /** A two-stage Dockerfile: build stage image, go command, run stage lines (FROM first). */
    ImageRuleProject dockerfile(String buildImage, String goCommand, String... runStage) {
        return write("Dockerfile", "FROM " + buildImage + " AS build\nWORKDIR /src\nCOPY . .\nRUN " + goCommand + "\n\n"
                + String.join("\n", runStage) + "\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
    }

    List<Finding> findings(String rule) {
        try {
            return new Analyzer().analyze(new WorkspaceScanner().scan(root), AnalysisOptions.DEFAULTS).findings().stream()
                    .filter(f -> f.rule().equals(rule)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Finding only(String rule) {
        List<Finding> found = findings(rule);
        assertEquals(1, found.size(), "one " + rule + " finding: " + found);
        return found.get(0);
    }

    /** Applies a fix to the files it edits; returns the text of {@code path} afterwards. */
    String apply(Fix fix, String path) {
        try {
            for (String edited : fix.edits().stream().map(FileEdit::path).distinct().toList()) {
                Path file = root.resolve(edited);
                List<FileEdit> edits = fix.edits().stream().filter(e -> e.path().equals(edited)).toList();
                Files.writeString(file, TextEdits.apply(Files.readString(file), edits).text());
            }
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fix preferred(Finding finding) {
        List<Fix> preferred = finding.fixes().stream().filter(Fix::preferred).toList();
        assertEquals(1, preferred.size(), "exactly one preferred fix: " + finding.fixes());
        return preferred.get(0);
    }

    static String line(String text, int oneBased) {
        return text.lines().toList().get(oneBased - 1);
    }
}
