package dev.cgoguard.make;

import dev.cgoguard.testing.TestProject;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A workspace written with the tests' {@link TestProject}, and shortcuts to evaluate its Makefiles. */
final class MakeFixture {
    private final TestProject project;

    MakeFixture(Path root) {
        this.project = new TestProject(root);
    }

    MakeFixture file(String path, String text) {
        project.file(path, text);
        return this;
    }

    Workspace workspace() {
        return project.workspace();
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
                out.add(line.conditions().always() ? line.command() : line.command() + " " + shown(line.conditions()));
            }
        }
        return out;
    }

    /** Conditions as "[a, b]", alternatives joined by " or ". */
    static String shown(dev.cgoguard.condition.When when) {
        List<String> terms = new ArrayList<>();
        for (List<dev.cgoguard.condition.Condition> term : when.terms()) {
            terms.add(term.stream().map(dev.cgoguard.condition.Condition::text).toList().toString());
        }
        return String.join(" or ", terms);
    }

    static List<String> commands(MakeEvaluation evaluation) {
        List<String> out = new ArrayList<>();
        for (MakeCommandLine line : evaluation.commands()) {
            out.add(line.conditions().always() ? line.command() : line.command() + " " + shown(line.conditions()));
        }
        return out;
    }
}
