package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recursive Make variable that refers to itself: make stops with "Recursive variable references itself". */
public final class MakeRecursiveVariableRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("make-recursive-variable", Severity.ERROR,
            "A recursively expanded Make variable refers to itself; make stops when it is expanded");

    /** The {@code =} of a recursive assignment, after the modifiers and the name. */
    private static final Pattern RECURSIVE_ASSIGNMENT =
            Pattern.compile("^\\s*(?:(?:override|export|private)\\s+)*[^\\s:+?!=#]+\\s*(=)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.makeProblems().stream()
                .filter(p -> p.kind().equals(INFO.id()))
                .map(p -> finding(p, context.snippets()))
                .toList();
    }

    private static Finding finding(MakeProblem problem, SourceSnippets snippets) {
        SourceLocation location = new SourceLocation(problem.makefile(), problem.range());
        return new Finding(INFO.id(), INFO.defaultSeverity(), location, problem.message(), List.of(), fixes(location, snippets));
    }

    /** Make the variable simple ({@code :=}): its old value is expanded once, so it can no longer refer to itself. */
    private static List<Fix> fixes(SourceLocation location, SourceSnippets snippets) {
        return snippets.text(location).map(RECURSIVE_ASSIGNMENT::matcher).filter(Matcher::find).map(m -> {
            TextPosition at = new TextPosition(location.range().start().line(), location.range().start().column() + m.start(1));
            return List.of(new Fix("Make it a simple variable (:=), expanded once", true,
                    List.of(new FileEdit(location.path(), new TextRange(at, at), ":"))));
        }).orElse(List.of());
    }
}
