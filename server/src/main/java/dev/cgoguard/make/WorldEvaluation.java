package dev.cgoguard.make;

import dev.cgoguard.make.MakeVariable.Flavor;
import dev.cgoguard.make.MakeVariable.Origin;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Map;

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

    WorldEvaluation(EvaluationContext context, String makefile, Map<String, String> commandLine,
            Map<String, String> environment, boolean environmentComplete, List<String> goals, Decisions decisions) {
        this.context = context;
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
        return db;
    }

    MakeDatabase database() {
        return db;
    }

    Decisions decisions() {
        return decisions;
    }

    RecipeCollector collector() {
        return new RecipeCollector(db, expander);
    }

    @Override
    public String undefined(String name) {
        if (!environmentUnknown(name) || name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
            return "";
        }
        return MakeUnknown.of("$(" + name + ")");
    }

    @Override
    public boolean environmentUnknown(String name) {
        return !environmentComplete && !context.fileVariables().contains(name);
    }

    @Override
    public String environment(String name) {
        return environment == null ? null : environment.get(name);
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
        String root = context.sources().workspace().root().toString();
        return context.directory().isEmpty() ? root : root + "/" + context.directory();
    }
}
