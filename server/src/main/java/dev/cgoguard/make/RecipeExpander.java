package dev.cgoguard.make;

import dev.cgoguard.make.MakeVariable.Origin;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Expands a target's recipe as make does just before running it: automatic variables, the
 * target's variables, each expanded line split at its newlines, the {@code @ - +} prefixes taken
 * off, and the environment the shell gets (exported variables and command-line variables).
 */
final class RecipeExpander {
    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SUFFIXES = Set.of(".out", ".a", ".ln", ".o", ".c", ".cc", ".C", ".cpp", ".p",
            ".f", ".F", ".m", ".r", ".y", ".l", ".ym", ".yl", ".s", ".S", ".mod", ".sym", ".def", ".h", ".info",
            ".dvi", ".tex", ".texinfo", ".texi", ".txinfo", ".w", ".ch", ".web", ".sh", ".elc", ".el");

    private static final String AUTOMATIC_NAMES = "@<^+*?|%";

    private final MakeDatabase db;
    private final MakeExpander expander;
    private final RecipeMemo memo;
    private final Set<String> fileVariables;
    private Map<String, ShellValue> globalEnvironment;

    /**
     * An expander of the recipes of one alternative; lines another alternative already expanded
     * the same way are taken from {@code memo} ({@code fileVariables}: the names the files assign,
     * as {@link RecipeMemo#canonical} gives them).
     */
    RecipeExpander(MakeDatabase db, MakeExpander expander, RecipeMemo memo, Set<String> fileVariables) {
        this.db = db;
        this.expander = expander;
        this.memo = memo;
        this.fileVariables = fileVariables;
    }

    /**
     * The commands of a target's recipe. {@code name} is the target's name, {@code rule} the rule
     * whose recipe runs, {@code stem} the pattern stem (null when unknown), {@code prerequisites}
     * the normal ones as instantiated.
     */
    List<ExpandedCommand> expand(String name, MakeTarget rule, String stem, List<String> prerequisites,
            VariableScope scope) {
        VariableScope full = withAutomatic(scope, name, rule, stem, prerequisites);
        if (db.targets.containsKey(".ONESHELL")) {
            return oneShell(name, rule, scope, full);
        }
        List<ExpandedCommand> out = new ArrayList<>();
        Map<String, ShellValue> environment = null;
        List<String> instantiated = List.copyOf(prerequisites);
        List<String> orderOnly = List.copyOf(rule.orderOnly);
        for (RecipeLine line : rule.recipe) {
            expander.at(line.makefile(), line.range());
            RecipeMemo.Use use = new RecipeMemo.Use(name, line, stem, instantiated, rule.name, orderOnly, rule.pattern());
            for (String command : commands(use, full)) {
                if (environment == null) {
                    environment = environment(scope);
                }
                out.add(new ExpandedCommand(name, command, line, environment));
            }
        }
        return out;
    }

    /**
     * The scope with the automatic variables ({@code $@ $< $^ $+ $* $? $| $%}) in front, worked out
     * the first time one is looked up: most recipe lines of a large Makefile use none.
     */
    private VariableScope withAutomatic(VariableScope scope, String name, MakeTarget rule, String stem,
            List<String> prerequisites) {
        return new VariableScope() {
            private Map<String, MakeVariable> automatic;

            @Override
            public MakeVariable lookup(String variable) {
                if (variable.length() != 1 || AUTOMATIC_NAMES.indexOf(variable.charAt(0)) < 0) {
                    return scope.lookup(variable);
                }
                if (automatic == null) {
                    automatic = automatic(name, rule, stem, prerequisites);
                }
                MakeVariable v = automatic.get(variable);
                return v != null ? v : scope.lookup(variable);
            }
        };
    }

    /**
     * Under {@code .ONESHELL}: the whole recipe as one script for one shell, each line with its
     * prefixes taken off (as make does when the shell is a POSIX one), and where each line starts.
     */
    private List<ExpandedCommand> oneShell(String name, MakeTarget rule, VariableScope scope, VariableScope full) {
        StringBuilder script = new StringBuilder();
        List<ScriptLine> lines = new ArrayList<>();
        for (RecipeLine line : rule.recipe) {
            expander.at(line.makefile(), line.range());
            for (String command : commands(expander.expand(line.text(), full))) {
                if (script.length() > 0) {
                    script.append('\n');
                }
                lines.add(new ScriptLine(script.length(), line.range()));
                script.append(command);
            }
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        RecipeLine first = rule.recipe.get(0);
        RecipeLine last = rule.recipe.get(rule.recipe.size() - 1);
        String written = String.join("\n", rule.recipe.stream().map(RecipeLine::text).toList());
        RecipeLine whole = new RecipeLine(written, first.makefile(), new TextRange(first.range().start(), last.range().end()));
        return List.of(new ExpandedCommand(name, script.toString(), whole, environment(scope), lines));
    }

    /** The commands of a recipe line: as another alternative expanded it when all it looked up is the same here. */
    private List<String> commands(RecipeMemo.Use use, VariableScope full) {
        String text = use.line().text();
        if (text.indexOf('$') < 0) {
            return commands(text);
        }
        RecipeMemo.Expanded earlier = memo.find(use, fileVariables, full);
        if (earlier != null && expander.spend(earlier.work())) {
            return earlier.commands();
        }
        Map<String, MakeVariable> lookups = RecipeMemo.newLookups();
        long before = expander.workSpent();
        List<String> commands = commands(expander.expand(text, RecipeMemo.recording(full, lookups)));
        long after = expander.workSpent();
        if (before >= 0 && after >= 0) {
            memo.keep(use, fileVariables, lookups, commands, after - before);
        }
        return commands;
    }

    /** Splits an expanded recipe line at newlines that are not continued, and takes the prefixes off. */
    static List<String> commands(String expanded) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= expanded.length(); i++) {
            if (i == expanded.length() || (expanded.charAt(i) == '\n' && (i == 0 || expanded.charAt(i - 1) != '\\'))) {
                String command = stripPrefixes(expanded.substring(start, i));
                if (!command.isBlank()) {
                    out.add(command);
                }
                start = i + 1;
            }
        }
        return out;
    }

    static String stripPrefixes(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '@' || c == '-' || c == '+' || c == ' ' || c == '\t') {
                i++;
            } else {
                break;
            }
        }
        return line.substring(i);
    }

    private Map<String, MakeVariable> automatic(String name, MakeTarget rule, String stem, List<String> prerequisites) {
        boolean unknown = rule.pattern() && stem == null;
        Map<String, MakeVariable> auto = new HashMap<>();
        List<String> orderOnly = new ArrayList<>();
        for (String o : rule.orderOnly) {
            orderOnly.add(stem == null ? o : MakeWords.substitute(o, stem));
        }
        if (unknown) {
            for (String a : List.of("@", "<", "^", "+", "*", "?")) {
                put(auto, a, MakeUnknown.of("$" + a + " of " + rule.name));
            }
        } else {
            put(auto, "@", name);
            put(auto, "<", prerequisites.isEmpty() ? "" : prerequisites.get(0));
            String unique = String.join(" ", new LinkedHashSet<>(prerequisites));
            put(auto, "^", unique);
            put(auto, "?", unique);
            put(auto, "+", String.join(" ", prerequisites));
            put(auto, "*", stem != null ? stem : explicitStem(name));
        }
        put(auto, "|", String.join(" ", new LinkedHashSet<>(orderOnly)));
        put(auto, "%", "");
        return auto;
    }

    private static String explicitStem(String name) {
        int dot = MakeWords.suffixDot(name);
        return dot >= 0 && SUFFIXES.contains(name.substring(dot)) ? name.substring(0, dot) : "";
    }

    private static void put(Map<String, MakeVariable> auto, String name, String value) {
        auto.put(name, MakeVariable.simple(name, value, Origin.AUTOMATIC));
    }

    /** The variables exported to a recipe's shell in a scope; values with unknown parts are unknown. */
    private Set<String> exportCandidates;

    Map<String, ShellValue> environment(VariableScope scope) {
        boolean targetSpecific = scope instanceof TargetScope;
        if (!targetSpecific && globalEnvironment != null) {
            return globalEnvironment;
        }
        Set<String> names = new LinkedHashSet<>(exportCandidates());
        names.addAll(TargetScope.names(scope));
        names.addAll(db.exported.keySet());
        Map<String, ShellValue> env = new TreeMap<>();
        for (String name : names) {
            MakeVariable v = scope.lookup(name);
            if (v == null || !exported(name, v, scope)) {
                continue;
            }
            String value = expander.variable(name, scope);
            env.put(name, MakeUnknown.contains(value) ? ShellValue.unknown(MakeUnknown.render(value))
                    : ShellValue.known(value));
        }
        Map<String, ShellValue> result = Map.copyOf(env);
        if (!targetSpecific) {
            globalEnvironment = result;
        }
        return result;
    }

    /**
     * The global names that can be exported at all: every one under {@code .EXPORT_ALL_VARIABLES},
     * else those from the command line or the environment ({@code export}ed names and
     * target-specific ones are added by the caller). Looking only at these keeps a Makefile with
     * many targets and many variables linear.
     */
    private Set<String> exportCandidates() {
        if (exportCandidates == null) {
            Set<String> names = new LinkedHashSet<>();
            db.globals.forEach((name, v) -> {
                if (db.exportAll || v.origin() == Origin.COMMAND_LINE || v.origin() == Origin.ENVIRONMENT) {
                    names.add(name);
                }
            });
            exportCandidates = names;
        }
        return exportCandidates;
    }

    private boolean exported(String name, MakeVariable v, VariableScope scope) {
        if (v.origin() == Origin.AUTOMATIC || v.origin() == Origin.DEFAULT && !db.exported.containsKey(name)) {
            return false;
        }
        Boolean flag = TargetScope.exportFlag(scope, name);
        if (flag == null) {
            flag = db.exported.get(name);
        }
        if (flag != null) {
            return flag && SHELL_NAME.matcher(name).matches();
        }
        if (v.origin() == Origin.COMMAND_LINE || v.origin() == Origin.ENVIRONMENT) {
            return SHELL_NAME.matcher(name).matches();
        }
        return db.exportAll && SHELL_NAME.matcher(name).matches() && !name.equals("MAKEFILE_LIST")
                && !name.equals("MAKEFLAGS") && !name.equals("MAKE") && !name.equals("CURDIR") && !name.equals("SHELL");
    }
}
