package dev.cgoguard.make;

import dev.cgoguard.host.Host;
import dev.cgoguard.host.HostCommands;
import dev.cgoguard.make.MakeVariable.Flavor;
import dev.cgoguard.make.MakeVariable.Origin;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a top-level Makefile once, for one alternative (one set of choices at unknown
 * conditionals), starting from make's built-in variables, the known environment (or none) and
 * the command-line variables.
 */
final class WorldEvaluation implements ExpansionHost {
    private final EvaluationContext context;
    private final Map<String, String> environment;
    private final boolean environmentComplete;
    private final MakeDatabase db = new MakeDatabase();
    private final MakeExpander expander;
    private final MakefileReader reader;
    private final Decisions decisions;
    private final String makefile;
    private final Host host;
    private final HostCommands hostCommands;
    private Set<String> fileVariablesRead;
    private long workAfterRead;
    private boolean sameForAnyGoals;
    private static final java.util.regex.Pattern ENVIRONMENT_REFERENCE =
            java.util.regex.Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    WorldEvaluation(EvaluationContext context, String makefile, Map<String, String> commandLine,
            Map<String, String> environment, boolean environmentComplete, List<String> goals, Decisions decisions,
            Host host) {
        this.context = context;
        this.host = host;
        this.hostCommands = new HostCommands(host);
        this.environment = environment;
        this.environmentComplete = environmentComplete;
        this.makefile = makefile;
        this.decisions = decisions;
        this.expander = new MakeExpander(this);
        this.reader = new MakefileReader(context, db, expander, decisions);
        defineBuiltins(goals);
        if (environment != null) {
            environment.forEach((k, v) -> db.globals.put(k,
                    new MakeVariable(k, v, Flavor.RECURSIVE, Origin.ENVIRONMENT, null, null)));
        }
        commandLine.forEach((k, v) -> db.globals.put(k,
                new MakeVariable(k, v, Flavor.RECURSIVE, Origin.COMMAND_LINE, null, null)));
    }

    private void defineBuiltins(List<String> goals) {
        builtin("MAKE", "make");
        builtin("SHELL", "/bin/sh");
        builtin(".SHELLFLAGS", "-c");
        builtin("CC", "cc");
        builtin("CXX", "g++");
        builtin("CPP", "$(CC) -E");
        builtin("AR", "ar");
        builtin("ARFLAGS", "rv");
        builtin("AS", "as");
        builtin("LD", "ld");
        builtin("RM", "rm -f");
        builtin("MAKE_VERSION", "4.3");
        builtin("MAKELEVEL", "0");
        builtin("CURDIR", curdir());
        builtin(".FEATURES", "target-specific order-only second-expansion else-if shortest-stem undefine oneshell"
                + " nocomment grouped-target extra-prereqs archives jobserver output-sync check-symlink load");
        builtin("MAKECMDGOALS", goals == null ? MakeUnknown.of("$(MAKECMDGOALS)") : String.join(" ", goals));
        builtin("MAKEFLAGS", !environmentComplete ? MakeUnknown.of("$(MAKEFLAGS)") : "");
    }

    private void builtin(String name, String value) {
        db.globals.put(name, new MakeVariable(name, value, name.equals("CPP") ? Flavor.RECURSIVE : Flavor.SIMPLE,
                Origin.DEFAULT, null, null));
    }

    /** Reads the Makefile; returns the database (also when the file could not be read: then it is empty). */
    MakeDatabase read(SourceText text) {
        reader.readFile(makefile, text);
        for (MakeVariable v : SelfReferenceCheck.cycles(db.globals)) {
            recursiveVariable(v);
        }
        fileVariablesRead = Set.copyOf(context.fileVariables());
        sameForAnyGoals = !db.goalsLookedUp;
        workAfterRead = expander.workSpent();
        return db;
    }

    /**
     * True when what was read is the same for any goals: nothing looked at {@code MAKECMDGOALS}
     * (the one variable the goals set), so a recursive make of the same Makefile started the same
     * way with other goals can collect its recipes from this reading.
     */
    boolean sameForAnyGoals() {
        return sameForAnyGoals;
    }

    /** The names the Makefiles assign that this reading had seen when it ended. */
    Set<String> fileVariablesRead() {
        return fileVariablesRead;
    }

    /**
     * A collector of the recipes read, with the expansion budget as it stood when the reading
     * ended, sharing recipe lines expanded the same way with the other alternatives through {@code memo}.
     */
    RecipeCollector collector(RecipeMemo memo) {
        expander.resume(workAfterRead);
        return new RecipeCollector(db, expander, memo, memo.canonical(fileVariablesRead));
    }

    MakeDatabase database() {
        return db;
    }

    Decisions decisions() {
        return decisions;
    }

    /**
     * The command as it runs in this alternative: a variable only the environment can set, which
     * make could not know, is unset (as in the modelled build) unless a conditional of this
     * alternative found it set (then it stays unknown) or equal to a value.
     */
    ExpandedCommand modelled(ExpandedCommand command) {
        if (!MakeUnknown.contains(command.command()) && command.environment().values().stream()
                .noneMatch(v -> v.known() && MakeUnknown.contains(v.text()))) {
            return command;
        }
        String text;
        List<ScriptLine> lines = new java.util.ArrayList<>();
        if (command.lines().isEmpty()) {
            text = modelled(command.command());
        } else {
            StringBuilder script = new StringBuilder();
            List<ScriptLine> old = command.lines();
            for (int i = 0; i < old.size(); i++) {
                int start = old.get(i).offset();
                int end = i + 1 < old.size() ? old.get(i + 1).offset() : command.command().length();
                lines.add(new ScriptLine(script.length(), old.get(i).range()));
                script.append(modelled(command.command().substring(start, end)));
            }
            text = script.toString();
        }
        java.util.Map<String, dev.cgoguard.shell.ShellValue> environment = new java.util.LinkedHashMap<>();
        command.environment().forEach((name, value) -> environment.put(name,
                value.known() && MakeUnknown.contains(value.text()) ? dev.cgoguard.shell.ShellValue.known(modelled(value.text()))
                        : value));
        return new ExpandedCommand(command.target(), text, command.line(), environment, lines);
    }

    private String modelled(String text) {
        if (!MakeUnknown.contains(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf(MakeUnknown.START, i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = text.indexOf(MakeUnknown.END, start);
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            String source = text.substring(start + 1, end);
            java.util.regex.Matcher m = ENVIRONMENT_REFERENCE.matcher(source);
            String value = m.matches() && !db.globals.containsKey(m.group(1)) && environmentUnknown(m.group(1))
                    ? decisions.environmentValue(source) : null;
            out.append(value != null ? value : text.substring(start, end + 1));
            i = end + 1;
        }
        return out.toString();
    }

    @Override
    public String undefined(String name) {
        if (host.answersEnvironment(name) && !environmentComplete) {
            String value = host.environment(name);
            return value == null ? "" : value;
        }
        if (!environmentUnknown(name) || name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
            return "";
        }
        return MakeUnknown.of("$(" + name + ")");
    }

    @Override
    public boolean environmentUnknown(String name) {
        Set<String> assigned = fileVariablesRead != null ? fileVariablesRead : context.fileVariables();
        return !environmentComplete && !assigned.contains(name) && !host.answersEnvironment(name);
    }

    @Override
    public String environment(String name) {
        if (environment != null && environment.containsKey(name)) {
            return environment.get(name);
        }
        return !environmentComplete && host.answersEnvironment(name) ? host.environment(name) : null;
    }

    @Override
    public Optional<String> hostAnswer(String command) {
        return MakeUnknown.contains(command) ? Optional.empty()
                : hostCommands.answer(command).map(out -> String.join(" ", out.lines().toList()));
    }

    @Override
    public void eval(String text) {
        reader.eval(text);
    }

    @Override
    public List<String> wildcard(String pattern) {
        return context.sources().glob(context.directory(), pattern);
    }

    @Override
    public void recursiveVariable(MakeVariable variable) {
        context.problem("make-recursive-variable", variable.makefile() != null ? variable.makefile() : makefile,
                variable.range(), "Recursive variable '" + variable.name() + "' references itself (eventually):"
                        + " make stops here");
    }

    @Override
    public void limitReached(String what, String where, TextRange range) {
        context.problem("make-expansion-limit", where != null ? where : makefile, range, "expansion stopped: " + what);
    }

    @Override
    public void recipesLimitReached(String what, String where, TextRange range) {
        context.problem("make-recipe-limit", where != null ? where : makefile, range, "recipes not read: " + what);
    }

    @Override
    public String curdir() {
        String root = MakeUnknown.plain(context.sources().workspace().root().toString());
        return context.directory().isEmpty() ? root : root + "/" + context.directory();
    }
}
