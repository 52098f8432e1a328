package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.rules.fixes.EnvironmentAssignmentText;
import dev.cgoguard.rules.fixes.GoCommandText;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The edits that give a go command environment variables, as a person would write them: a variable
 * the command gets from a line above it ({@code export CGO_ENABLED=0} in a script or a Makefile)
 * is changed on that line, when the command does not set it itself and no other go command of the
 * file reads that line; the others are set on the command. So no fix leaves a contradicting
 * assignment above the line it prefixes.
 */
final class EnvironmentEdits {
    private EnvironmentEdits() {
    }

    static List<FileEdit> set(BuildPlan plan, RuleContext context, GoCommandText command, Map<String, String> values) {
        List<FileEdit> edits = new ArrayList<>();
        Map<String, String> onCommand = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Optional<FileEdit> inPlace = assignmentAbove(plan, context, entry.getKey()).map(a -> a.replaceValue(entry.getValue()));
            if (inPlace.isPresent()) {
                edits.add(inPlace.get());
            } else {
                onCommand.put(entry.getKey(), entry.getValue());
            }
        }
        if (!onCommand.isEmpty()) {
            edits.addAll(command.setEnvironment(onCommand));
        }
        return edits;
    }

    private static Optional<EnvironmentAssignmentText> assignmentAbove(BuildPlan plan, RuleContext context, String name) {
        ShellValue value = plan.invocation().envValue(name);
        PlanOrigin.Kind kind = plan.origin().kind();
        if (value == null || !value.known() || kind != PlanOrigin.Kind.SCRIPT && kind != PlanOrigin.Kind.MAKEFILE) {
            return Optional.empty();
        }
        SourceLocation command = plan.origin().location();
        boolean setOnTheLine = context.snippets().text(command)
                .map(text -> text.matches("(?s).*(^|[\\s;&|(])" + Pattern.quote(name) + "=.*")).orElse(true);
        if (setOnTheLine) {
            return Optional.empty();
        }
        TextRange above = new TextRange(new TextPosition(0, 0), command.range().start());
        Optional<EnvironmentAssignmentText> assignment = context.snippets().text(new SourceLocation(command.path(), above))
                .flatMap(text -> EnvironmentAssignmentText.find(command.path(), text, name, value.text()));
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        int line = assignment.get().line();
        for (BuildPlan other : context.plans()) {
            SourceLocation at = other.origin().location();
            // a Make variable reaches every recipe wherever it is written; a script's line, the commands after it
            boolean reached = kind == PlanOrigin.Kind.MAKEFILE || at.range().start().line() > line;
            if (other != plan && at.path().equals(command.path()) && !at.equals(command) && reached
                    && value.equals(other.invocation().envValue(name))) {
                return Optional.empty();
            }
        }
        return assignment;
    }
}
