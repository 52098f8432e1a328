package dev.cgoguard.make;

import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workspace written to a temporary directory, and shortcuts to evaluate its Makefiles. */
final class MakeFixture {
    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    MakeFixture(Path root) {
        this.root = root;
    }

    MakeFixture file(String path, String text) {
        files.put(path, text);
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Workspace workspace() {
        try {
            return new WorkspaceScanner().scan(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MakeEvaluation evaluate(String makefile, Map<String, String> vars) {
        return new MakeEvaluator(workspace()).evaluate(makefile, vars);
    }

    MakeEvaluation evaluate(String makefile) {
        return evaluate(makefile, Map.of());
    }

    /** Commands of a target as "command" or "command [conditions]". */
    static List<String> commands(MakeEvaluation evaluation, String target) {
        List<String> out = new ArrayList<>();
        for (MakeCommandLine line : evaluation.commands()) {
            if (line.target().equals(target)) {
                out.add(line.conditions().isEmpty() ? line.command() : line.command() + " " + line.conditions());
            }
        }
        return out;
    }

    static List<String> commands(MakeEvaluation evaluation) {
        List<String> out = new ArrayList<>();
        for (MakeCommandLine line : evaluation.commands()) {
            out.add(line.conditions().isEmpty() ? line.command() : line.command() + " " + line.conditions());
        }
        return out;
    }
}
