package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A small Go project on disk for rule tests: write files, lint, apply a fix and read the result. */
final class RuleTestProject {
    private final Path root;

    RuleTestProject(Path root) {
        this.root = root;
    }

    RuleTestProject file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A module with a main.go that imports {@code imports} (standard packages, used with a blank import). */
    RuleTestProject module(String goVersion, String... imports) {
        StringBuilder main = new StringBuilder("package main\n\n");
        for (String path : imports) {
            main.append("import _ \"").append(path).append("\"\n");
        }
        main.append("\nfunc main() {}\n");
        file("go.mod", "module example.com/app\n\ngo " + goVersion + "\n");
        return file("main.go", main.toString());
    }

    List<Finding> findings() {
        try {
            return new Analyzer().analyze(new WorkspaceScanner().scan(root), AnalysisOptions.DEFAULTS).findings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> findings(String rule) {
        return findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    Finding only(String rule) {
        List<Finding> found = findings(rule);
        assertEquals(1, found.size(), "one " + rule + " finding: " + findings());
        return found.get(0);
    }

    /** Applies a fix's edits and returns the edited text of {@code path}. */
    String apply(Fix fix, String path) {
        try {
            Path file = root.resolve(path);
            String text = Files.readString(file);
            SourceText source = new SourceText(text);
            List<FileEdit> edits = new ArrayList<>(fix.edits().stream().filter(e -> e.path().equals(path)).toList());
            edits.sort(Comparator.comparing((FileEdit e) -> e.range().start()).reversed());
            StringBuilder out = new StringBuilder(text);
            for (FileEdit edit : edits) {
                out.replace(source.offsetAt(edit.range().start()), source.offsetAt(edit.range().end()), edit.newText());
            }
            Files.writeString(file, out.toString());
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fix preferred(Finding finding) {
        return finding.fixes().stream().filter(Fix::preferred).findFirst().orElseThrow(() -> new AssertionError("no preferred fix: " + finding));
    }

    static Fix titled(Finding finding, String start) {
        return finding.fixes().stream().filter(f -> f.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + start + "…' in " + finding.fixes()));
    }
}
