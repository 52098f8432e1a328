package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recursive Make variable that refers to itself: make stops with "Recursive variable references itself". */
public final class MakeRecursiveVariableRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("make-recursive-variable", Severity.ERROR,
            "A recursively expanded Make variable refers to itself; make stops when it is expanded");

    static final String APPEND = "append";
    static final String SIMPLE = "simple";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(APPEND, "append with +=, when the value starts with the variable itself"),
            new FixAlternative(SIMPLE, "make the variable simple with :=, which expands its old value once"));
    /** {@code NAME = $(NAME) rest}: the name, the {@code =} with the reference and the blanks after it. */
    private static final Pattern SELF_FIRST = Pattern.compile(
            "^\\s*(?:(?:override|export|private)\\s+)*([^\\s:+?!=#]+)\\s*(=\\s*)\\$[({]([^)}]+)([)}]\\s*)");
    /** The {@code =} of a recursive assignment, after the modifiers and the name. */
    private static final Pattern RECURSIVE_ASSIGNMENT =
            Pattern.compile("^\\s*(?:(?:override|export|private)\\s+)*[^\\s:+?!=#]+\\s*(=)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<FixAlternative> fixAlternatives() {
        return ALTERNATIVES;
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

    /**
     * Append with {@code +=} when the value starts with the variable itself ({@code LDFLAGS = $(LDFLAGS) -s}
     * becomes {@code LDFLAGS += -s}): the flavour and the old value stay. Or make the variable simple
     * ({@code :=}): its old value is expanded once, so it can no longer refer to itself.
     */
    private static List<Fix> fixes(SourceLocation location, SourceSnippets snippets) {
        Optional<String> text = snippets.text(location);
        List<Fix> fixes = new ArrayList<>();
        text.map(SELF_FIRST::matcher).filter(Matcher::find).filter(m -> m.group(1).equals(m.group(3))).ifPresent(m -> {
            TextPosition from = at(location, m.start(2));
            TextPosition to = at(location, m.end(4));
            fixes.add(new Fix("Append with +=, keeping the old value", true,
                    List.of(new FileEdit(location.path(), new TextRange(from, to), "+= ")), APPEND));
        });
        text.map(RECURSIVE_ASSIGNMENT::matcher).filter(Matcher::find).ifPresent(m -> {
            TextPosition at = at(location, m.start(1));
            fixes.add(new Fix("Make it a simple variable (:=), expanded once", fixes.isEmpty(),
                    List.of(new FileEdit(location.path(), new TextRange(at, at), ":")), SIMPLE));
        });
        return fixes;
    }

    private static TextPosition at(SourceLocation location, int column) {
        return new TextPosition(location.range().start().line(), location.range().start().column() + column);
    }
}
