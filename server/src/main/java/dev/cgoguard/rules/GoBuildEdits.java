package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.rules.fixes.AssignmentText;
import dev.cgoguard.rules.fixes.CgoDirectiveText;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.LinkerFlagsText;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The changes fixes make to one go build — add build tags, set an environment variable, take the
 * static link request out, drop {@code -extldflags} — each written where the build's author wrote
 * what it changes and in that file's syntax: on the command as written, or on the assignment above
 * it that the command reads ({@code export CGO_ENABLED=0}, {@code LDFLAGS := …}, {@code ENV},
 * a workflow's {@code env:}), or in a Go file's {@code #cgo LDFLAGS}. An assignment is edited in
 * place only when it is the one the command sees and no other go command of the file reads it
 * (and, for an environment variable, only one of the go command's own); otherwise the command
 * gets its own setting. A change that cannot be written that way is empty:
 * no edit rather than a wrong one. The command is read in its file kind's syntax
 * ({@link CommandText}: a shell line, or a release tool's YAML build whose {@code env:},
 * {@code flags:}, {@code tags:} and {@code ldflags:} take the same changes); a kind without
 * assignments above its commands has only the command's own settings.
 */
final class GoBuildEdits {
    /** The words that ask the external linker for a static link. */
    static final Predicate<String> STATIC_WORD = word -> word.equals("-static") || word.equals("--static")
            || word.equals("-static-pie");

    private final BuildPlan plan;
    private final RuleContext context;
    private final Optional<CommandText> command;

    private GoBuildEdits(BuildPlan plan, RuleContext context, Optional<CommandText> command) {
        this.plan = plan;
        this.context = context;
        this.command = command;
    }

    static GoBuildEdits of(BuildPlan plan, RuleContext context) {
        SourceLocation at = plan.origin().location();
        return new GoBuildEdits(plan, context, context.snippets().command(at));
    }

    /** Whether the go command is written literally where the plan says, so that it can be edited at all. */
    boolean editable() {
        return command.isPresent();
    }

    /** Adds build tags to the command's {@code -tags}. */
    Optional<FileEdit> addTags(List<String> wanted) {
        if (plan.invocation().isUnknown("-tags")) {
            return Optional.empty();
        }
        if (tagsFromExpansion()) {
            // a -tags added on the command line would stand before the expanded one, which wins
            return Optional.empty();
        }
        return command.flatMap(c -> c.addTags(plan.invocation().tags(), wanted));
    }

    /** True when the command's -tags comes from an expansion ({@code "${FLAGS[@]}"}) rather than being written on it. */
    private boolean tagsFromExpansion() {
        boolean inWords = plan.invocation().words().stream().anyMatch(word -> word.known() && isTagsFlag(word.text()));
        return inWords && command.isPresent() && !command.get().writesFlag("-tags");
    }

    /** {@code -tags}, {@code --tags}, or either with {@code =value} (a value on one line). */
    private static boolean isTagsFlag(String word) {
        int name = word.startsWith("--") ? 2 : word.startsWith("-") ? 1 : -1;
        if (name < 0 || !word.startsWith("tags", name)) {
            return false;
        }
        if (word.length() == name + 4) {
            return true;
        }
        if (word.charAt(name + 4) != '=') {
            return false;
        }
        for (int i = name + 5; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets environment variables for the command: a {@code NAME=…} written on it is replaced; else the
     * one assignment above it that gives the command its value is changed in place, when no other go
     * command of the file reads it; else the command gets {@code NAME=value} in front.
     */
    Optional<List<FileEdit>> setEnvironment(Map<String, String> values) {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        List<FileEdit> edits = new ArrayList<>();
        Map<String, String> onCommand = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String name = entry.getKey();
            Optional<FileEdit> inPlace = command.get().setsEnvironment(name) ? Optional.empty()
                    : governingAssignment(name).map(assignment -> assignment.replaceValue(entry.getValue()));
            if (inPlace.isPresent()) {
                edits.add(inPlace.get());
            } else {
                onCommand.put(name, entry.getValue());
            }
        }
        if (!onCommand.isEmpty()) {
            if (startedByContainerRun() && !onCommand.keySet().stream().allMatch(command.get()::setsEnvironment)) {
                return Optional.empty(); // docker run … IMAGE go build: a NAME=value in front would be run as the command
            }
            edits.addAll(command.get().setEnvironment(onCommand));
        }
        return Optional.of(edits);
    }

    /**
     * Takes every static link request of the build out: {@code -static} (or {@code -static-pie})
     * from {@code -extldflags}, from {@code CGO_LDFLAGS} and from the {@code #cgo LDFLAGS} of the
     * packages built, leaving the rest of each flag list as it was ({@code -extldflags} and
     * {@code -ldflags} go when nothing is left in them). Empty when one of them cannot be edited.
     */
    Optional<List<FileEdit>> removeStaticLinkRequest() {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        List<FileEdit> edits = new ArrayList<>();
        if (plan.invocation().ldflags().asksStatic()) {
            Optional<List<FileEdit>> removed = linkerFlags().flatMap(flags -> flags.removeExternalLinkerWords(STATIC_WORD));
            if (removed.isEmpty()) {
                return Optional.empty();
            }
            edits.addAll(removed.get());
        }
        ShellValue cgoLdflags = plan.invocation().envValue("CGO_LDFLAGS");
        if (cgoLdflags != null && cgoLdflags.known() && words(cgoLdflags.text()).stream().anyMatch(STATIC_WORD)) {
            Optional<FileEdit> removed = command.get().setsEnvironment("CGO_LDFLAGS")
                    ? command.get().removeEnvironmentWords("CGO_LDFLAGS", STATIC_WORD)
                    : governingAssignment("CGO_LDFLAGS").map(assignment -> assignment.replaceValue(
                            String.join(" ", words(assignment.inner()).stream().filter(STATIC_WORD.negate()).toList())));
            if (removed.isEmpty()) {
                return Optional.empty();
            }
            edits.add(removed.get());
        }
        if (plan.reach() != null) {
            for (CgoPackage pkg : plan.reach().cgoPackages()) {
                for (SourceLocation directive : pkg.staticLdflagLocations()) {
                    Optional<FileEdit> removed = context.snippets().line(directive.path(), directive.range().start().line())
                            .flatMap(line -> CgoDirectiveText.removeFlags(directive, line, STATIC_WORD));
                    if (removed.isEmpty()) {
                        return Optional.empty();
                    }
                    edits.add(removed.get());
                }
            }
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.stream().distinct().toList());
    }

    /** Whether a {@code docker run} starts the go command in an image (the variables it sees are its {@code -e} options). */
    private boolean startedByContainerRun() {
        return plan.buildEnvironment() != null && plan.buildEnvironment().description().startsWith("docker run ");
    }

    /** Removes {@code -extldflags} from the linker flags the command reads (in the command, or the variable it names when no other command reads it). */
    Optional<List<FileEdit>> removeExternalLinkerFlags() {
        return linkerFlags().flatMap(flags -> flags.removeFlag("extldflags", value -> true));
    }

    /**
     * The linker flags the command reads, where they are written: its {@code -ldflags} value, or the
     * assignment of the variable that value is ({@code -ldflags "$(LDFLAGS)"}) when it holds exactly
     * what the command gets and no other go command of the file reads it.
     */
    Optional<LinkerFlagsText> linkerFlags() {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Optional<LinkerFlagsText> literal = command.get().ldflags();
        if (literal.isPresent()) {
            return literal;
        }
        String raw = plan.invocation().ldflags().raw();
        Optional<String> variable = command.get().ldflagsVariable();
        if (variable.isEmpty() || raw == null || !plan.invocation().ldflags().known()) {
            return Optional.empty();
        }
        return assignment(variable.get(), raw.strip())
                .filter(found -> !readByAnotherCommand(found, other -> variable.equals(otherCommand(other).flatMap(CommandText::ldflagsVariable))))
                .map(LinkerFlagsText::ofAssignment);
    }

    /**
     * The assignment that gives the command the value it has for one of the go command's own
     * variables ({@code CGO_*}, {@code GO*}), when only this go command reads it. A variable other
     * tools read too ({@code CC}) is never changed in place: the command gets its own setting.
     */
    private Optional<AssignmentText> governingAssignment(String name) {
        ShellValue value = plan.invocation().envValue(name);
        if (value == null || !value.known() || !(name.startsWith("CGO_") || name.startsWith("GO"))) {
            return Optional.empty();
        }
        return assignment(name, value.text().strip()).filter(found -> !readByAnotherCommand(found, other -> {
            ShellValue theirs = other.invocation().envValue(name);
            return theirs != null && theirs.equals(value) && otherCommand(other).map(c -> !c.setsEnvironment(name)).orElse(true);
        }));
    }

    /** The one assignment of {@code name} above the command (a workflow: anywhere in it) whose value is {@code expected}. */
    private Optional<AssignmentText> assignment(String name, String expected) {
        String path = plan.origin().location().path();
        Optional<String> text = context.snippets().file(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText file = new SourceText(text.get());
        int commandStart = file.offsetAt(plan.origin().location().range().start());
        int from = 0;
        int to = commandStart;
        if (plan.origin().kind() == PlanOrigin.Kind.DOCKERFILE) {
            if (plan.buildEnvironment() == null || plan.buildEnvironment().location() == null) {
                return Optional.empty();
            }
            from = file.offsetAt(plan.buildEnvironment().location().range().start());
        } else if (plan.origin().kind() == PlanOrigin.Kind.WORKFLOW) {
            to = text.get().length();
        }
        return AssignmentText.unique(plan.origin().kind(), path, text.get(), name, from, to)
                .filter(found -> found.inner().strip().equals(expected));
    }

    /** Whether another go command of the same file, after the assignment, reads it (as {@code reads} tells). */
    private boolean readByAnotherCommand(AssignmentText assignment, Predicate<BuildPlan> reads) {
        String path = plan.origin().location().path();
        Optional<String> text = context.snippets().file(path);
        if (text.isEmpty()) {
            return true;
        }
        SourceText file = new SourceText(text.get());
        for (BuildPlan other : context.plans()) {
            if (other == plan || !other.origin().location().path().equals(path)
                    || other.origin().location().equals(plan.origin().location())) {
                continue;
            }
            // a Make variable reaches every recipe wherever it is assigned, a workflow's env: its whole scope
            boolean ordered = plan.origin().kind() == PlanOrigin.Kind.SCRIPT || plan.origin().kind() == PlanOrigin.Kind.DOCKERFILE;
            boolean after = !ordered || file.offsetAt(other.origin().location().range().start()) > assignment.lineStart();
            if (after && reads.test(other)) {
                return true;
            }
        }
        return false;
    }

    private Optional<CommandText> otherCommand(BuildPlan other) {
        SourceLocation at = other.origin().location();
        return context.snippets().command(at);
    }

    /** The go command as written, for the file-kind helpers that edit around it. */
    Optional<CommandText> command() {
        return command;
    }

    /** Where the simple command of the go word starts in its file's text. */
    Optional<Integer> commandOffset(String fileText) {
        SourceText file = new SourceText(fileText);
        return command.map(c -> file.offsetAt(plan.origin().location().range().start()) + c.commandOffset());
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
