package dev.cgoguard.rules;

import dev.cgoguard.engine.Finding;
import dev.cgoguard.engine.Severity;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/** A recursive Make variable that refers to itself: make stops with "Recursive variable references itself". */
public final class MakeRecursiveVariableRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("make-recursive-variable", Severity.ERROR,
            "A recursively expanded Make variable refers to itself; make stops when it is expanded");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.makeProblems().stream()
                .filter(p -> p.kind().equals(INFO.id()))
                .map(p -> new Finding(INFO.id(), INFO.defaultSeverity(), new SourceLocation(p.makefile(), p.range()),
                        p.message(), List.of(), List.of()))
                .toList();
    }
}
