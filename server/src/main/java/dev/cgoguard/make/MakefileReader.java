package dev.cgoguard.make;

import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads Makefile lines in order, as make's reader does: recipe lines of the current rule,
 * conditionals (unknown ones decided by the alternative's {@link Decisions}), {@code define},
 * {@code include}, {@code export}/{@code unexport}/{@code override}, assignments and rules.
 * Lines a grammar might not understand are plain text here, so none is lost.
 */
final class MakefileReader {
    static final int MAX_INCLUDE_DEPTH = ScanLimits.MAKE_INCLUDE_DEPTH;
    static final int MAX_FILES = ScanLimits.MAKE_FILES;

    private record Frame(boolean parentActive, boolean active, boolean anyTaken) {
    }

    private final EvaluationContext context;
    private final MakeDatabase db;
    private final MakeExpander expander;
    private final VariableScope globals;
    private final VariableAssigner assigner;
    private final ConditionEvaluator conditions;
    private final RuleReader rules;
    private final Deque<String> includeStack = new ArrayDeque<>();
    private Deque<Frame> frames = new ArrayDeque<>();
    private String makefile;
    private TextRange evalRange;
    private TextRange lineRange;

    MakefileReader(EvaluationContext context, MakeDatabase db, MakeExpander expander, Decisions decisions) {
        this.context = context;
        this.db = db;
        this.expander = expander;
        this.globals = db.globals::get;
        this.assigner = new VariableAssigner(db, expander, globals);
        this.conditions = new ConditionEvaluator(expander, globals, decisions);
        this.rules = new RuleReader(db, expander, globals, assigner);
    }

    VariableScope globals() {
        return globals;
    }

    /** Reads a workspace Makefile (the top one or an include). */
    void readFile(String path, SourceText text) {
        if (includeStack.size() >= MAX_INCLUDE_DEPTH || context.filesRead().size() >= MAX_FILES) {
            context.problem("make-include-limit", makefile, lineRange, "includes nested too deep or too many files: "
                    + path + " is not read");
            return;
        }
        context.filesRead().add(path);
        AssignedNames.collect(text.text(), context.fileVariables());
        MakeVariable list = db.globals.get("MAKEFILE_LIST");
        String listed = (list == null || list.value().isEmpty() ? "" : list.value() + " ") + context.shownPath(path);
        db.globals.put("MAKEFILE_LIST", MakeVariable.simple("MAKEFILE_LIST", listed, MakeVariable.Origin.FILE));
        String outerFile = makefile;
        Deque<Frame> outerFrames = frames;
        TextRange outerRange = lineRange;
        includeStack.push(path);
        makefile = path;
        frames = new ArrayDeque<>();
        try {
            readLines(context.sources().lines(path, text));
        } finally {
            includeStack.pop();
            makefile = outerFile;
            frames = outerFrames;
            lineRange = outerRange;
            rules.endRule();
        }
    }

    /** {@code $(eval text)}: the text is read as Makefile lines at the line that evaluates it. */
    void eval(String text) {
        if (makefile == null || text.isBlank()) {
            return;
        }
        TextRange outerEval = evalRange;
        TextRange outerLine = lineRange;
        Deque<Frame> outerFrames = frames;
        evalRange = evalRange != null ? evalRange : lineRange;
        frames = new ArrayDeque<>();
        rules.endRule();
        try {
            readLines(new MakefileLines(new SourceText(text)));
        } finally {
            rules.endRule();
            evalRange = outerEval;
            lineRange = outerLine;
            frames = outerFrames;
        }
    }

    private boolean active() {
        return frames.isEmpty() || frames.peek().active();
    }

    private void readLines(MakefileLines lines) {
        List<MakefileLines.Line> all = lines.lines();
        for (int i = 0; i < all.size(); i++) {
            MakefileLines.Line line = all.get(i);
            lineRange = evalRange != null ? evalRange : lines.range(line);
            expander.at(makefile, lineRange);
            String first = lines.physical(line.first());
            char prefix = context.recipePrefix();
            if (rules.inRule() && !first.isEmpty() && first.charAt(0) == prefix) {
                if (active()) {
                    rules.addRecipeLine(new RecipeLine(lines.recipe(line, prefix), makefile, recipeRange(lines, line)));
                }
                continue;
            }
            String collapsed = line.first() == line.last() ? first : lines.collapsed(line);
            String text = MakefileLines.stripComment(collapsed).stripLeading();
            if (text.isBlank()) {
                continue;
            }
            if (conditional(text)) {
                continue;
            }
            if (!active()) {
                continue;
            }
            String word = firstWord(text);
            if (word.equals("define") || (modifiers(word) && text.contains("define"))) {
                i = define(lines, i, text);
                continue;
            }
            directiveOrStatement(text, collapsed);
        }
        if (!frames.isEmpty()) {
            context.problem("make-syntax", makefile, lineRange, "missing 'endif' in " + makefile);
        }
    }

    private TextRange recipeRange(MakefileLines lines, MakefileLines.Line line) {
        if (evalRange != null) {
            return evalRange;
        }
        TextRange whole = lines.range(line);
        String first = lines.physical(line.first());
        int column = first.isEmpty() ? 0 : 1;
        return TextRange.of(whole.start().line(), column, whole.end().line(), whole.end().column());
    }

    private static boolean modifiers(String word) {
        return word.equals("override") || word.equals("export") || word.equals("private");
    }

    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !MakeWords.blank(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private boolean conditional(String text) {
        char c = text.charAt(0);
        if (c != 'i' && c != 'e') {
            return false; // not ifeq, ifneq, ifdef, ifndef, else or endif: most lines
        }
        String word = firstWord(text);
        String directive = word;
        String argument = text.substring(word.length()).strip();
        if (word.startsWith("ifeq(") || word.startsWith("ifneq(")) {
            directive = word.substring(0, word.indexOf('('));
            argument = text.substring(directive.length()).strip();
        }
        switch (directive) {
            case "ifeq", "ifneq", "ifdef", "ifndef" -> {
                boolean parent = active();
                boolean outcome = parent && decide(directive, argument);
                frames.push(new Frame(parent, outcome, outcome));
                return true;
            }
            case "else" -> {
                if (frames.isEmpty()) {
                    context.problem("make-syntax", makefile, lineRange, "'else' without 'if'");
                    return true;
                }
                Frame top = frames.pop();
                String rest = argument;
                String nested = firstWord(rest);
                boolean outcome;
                if (nested.isEmpty()) {
                    outcome = top.parentActive() && !top.anyTaken();
                } else {
                    outcome = top.parentActive() && !top.anyTaken()
                            && decide(nested, rest.substring(nested.length()).strip());
                }
                frames.push(new Frame(top.parentActive(), outcome, top.anyTaken() || outcome));
                return true;
            }
            case "endif" -> {
                if (frames.isEmpty()) {
                    context.problem("make-syntax", makefile, lineRange, "'endif' without 'if'");
                } else {
                    frames.pop();
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean decide(String directive, String argument) {
        Boolean outcome = conditions.evaluate(directive, argument);
        if (outcome == null) {
            context.problem("make-syntax", makefile, lineRange, "malformed conditional: " + directive + " " + argument);
            return false;
        }
        return outcome;
    }

    private int define(MakefileLines lines, int index, String header) {
        rules.endRule();
        VariableModifiers modifiers = VariableModifiers.strip(header, false);
        boolean override = modifiers.override();
        Boolean export = modifiers.export();
        String rest = modifiers.rest();
        if (!firstWord(rest).equals("define")) {
            directiveOrStatement(header, header);
            return index;
        }
        String spec = rest.substring("define".length()).strip();
        AssignmentSyntax.Operator op = AssignmentSyntax.Operator.RECURSIVE;
        for (String[] suffix : new String[][] {{"::=", "SIMPLE"}, {":=", "SIMPLE"}, {"+=", "APPEND"},
                {"?=", "CONDITIONAL"}, {"!=", "SHELL"}, {"=", "RECURSIVE"}}) {
            if (spec.endsWith(suffix[0])) {
                op = AssignmentSyntax.Operator.valueOf(suffix[1]);
                spec = spec.substring(0, spec.length() - suffix[0].length()).strip();
                break;
            }
        }
        List<MakefileLines.Line> all = lines.lines();
        StringBuilder body = new StringBuilder();
        int depth = 1;
        int i = index + 1;
        for (; i < all.size(); i++) {
            String raw = lines.raw(all.get(i));
            String word = firstWord(raw.strip());
            if (word.equals("define") || (modifiers(word) && firstWord(raw.strip().substring(word.length()).strip())
                    .equals("define"))) {
                depth++;
            } else if (word.equals("endef")) {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
            if (i > index + 1) {
                body.append('\n');
            }
            body.append(raw);
        }
        if (depth > 0) {
            context.problem("make-syntax", makefile, lineRange, "missing 'endef' for define " + spec);
        }
        assigner.assign(new AssignmentSyntax(spec, op, body.toString()), override, export, makefile, lineRange);
        return i;
    }

    private void directiveOrStatement(String text, String collapsed) {
        String word = firstWord(text);
        String rest = text.substring(word.length()).strip();
        switch (word) {
            case "include", "-include", "sinclude" -> {
                rules.endRule();
                include(rest, word.equals("include"));
                return;
            }
            case "undefine" -> {
                rules.endRule();
                db.globals.remove(expander.expand(rest.replaceFirst("^override\\s+", ""), globals).strip());
                return;
            }
            case "vpath", "load", "-load" -> {
                rules.endRule();
                return;
            }
            default -> {
                if (modifiers(word) || word.equals("unexport")) {
                    modified(text);
                    return;
                }
            }
        }
        AssignmentSyntax assignment = AssignmentSyntax.parse(text);
        if (assignment != null) {
            rules.endRule();
            String name = assigner.assign(assignment, false, null, makefile, lineRange);
            context.afterAssignment(name, db);
            return;
        }
        rules.ruleOrStatement(text, collapsed, makefile, lineRange);
    }

    /** A line starting with {@code export}, {@code unexport}, {@code override} or {@code private}. */
    private void modified(String text) {
        rules.endRule();
        VariableModifiers modifiers = VariableModifiers.strip(text, true);
        boolean override = modifiers.override();
        Boolean export = modifiers.export();
        String rest = modifiers.rest();
        if (rest.isEmpty()) {
            if (export != null) {
                db.exportAll = export;
            }
            return;
        }
        AssignmentSyntax assignment = export == Boolean.FALSE ? null : AssignmentSyntax.parse(rest);
        if (assignment != null) {
            String name = assigner.assign(assignment, override, export, makefile, lineRange);
            context.afterAssignment(name, db);
            return;
        }
        if (export != null) {
            for (String name : MakeWords.split(expander.expand(rest, globals))) {
                db.exported.put(name, export);
            }
        }
    }

    private void include(String argument, boolean required) {
        for (String name : MakeWords.split(expander.expand(argument, globals))) {
            Optional<String> path = context.sources().resolve(context.directory(), name);
            if (path.isEmpty()) {
                context.problem("make-include-outside", makefile, lineRange,
                        "include of " + MakeUnknown.render(name) + " is not read: it is unknown or outside the workspace");
                continue;
            }
            if (includeStack.contains(path.get())) {
                context.problem("make-include-cycle", makefile, lineRange,
                        path.get() + " includes itself (through " + String.join(" <- ", includeStack) + ")");
                continue;
            }
            Optional<SourceText> text = context.sources().read(path.get());
            if (text.isEmpty()) {
                if (required) {
                    context.problem("make-include-missing", makefile, lineRange,
                            "included file " + path.get() + " is not in the workspace (make may generate it)");
                }
                continue;
            }
            readFile(path.get(), text.get());
        }
    }
}
