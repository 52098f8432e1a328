package dev.cgoguard.make;

import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.TextRange;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Expands Make text as make does at use time: {@code $$}, {@code $(name)}, {@code ${name}},
 * {@code $x}, computed names, substitution references and function calls. Bounded in depth
 * (a self-referencing variable is reported, not followed), in the size of one result, and in the
 * total work of one evaluation (the text produced and the text of nested references copied); past a
 * bound the result is an unknown part.
 */
final class MakeExpander {
    static final int MAX_DEPTH = ScanLimits.MAKE_EXPANSION_DEPTH;
    static final int MAX_RESULT = ScanLimits.MAKE_EXPANSION_CHARS;
    static final long MAX_WORK = ScanLimits.MAKE_EXPANSION_WORK;
    /**
     * The work a reference nested past {@link #MAX_DEPTH} is charged: a 64th of the budget. Nesting
     * that deep is a recursion with no end (an {@code $(eval)} that calls itself), which make itself
     * follows until it runs out of memory; stopping after 64 such places keeps its every branch from
     * being explored up to the budget.
     */
    static final long DEPTH_LIMIT_WORK = MAX_WORK / 64;

    private final ExpansionHost host;
    private final MakeFunctions functions;
    private final Set<MakeVariable> active = Collections.newSetFromMap(new IdentityHashMap<>());
    private int depth;
    private long work;
    private boolean workSpent;
    /** The Makefile and the range of the text being expanded (a line read, a recipe line), for reports. */
    private String placeFile;
    private TextRange placeRange;

    MakeExpander(ExpansionHost host) {
        this.host = host;
        this.functions = new MakeFunctions(this, host);
    }

    ExpansionHost host() {
        return host;
    }

    /** Where the text about to be expanded stands, so that a bound reached is reported there. */
    void at(String makefile, TextRange range) {
        placeFile = makefile;
        placeRange = range;
    }

    /** The work spent so far, to go back to with {@link #resume}. */
    long workSpent() {
        return workSpent ? -1 : work;
    }

    /** Takes up the count of work where {@link #workSpent()} gave it (for a reading collected again). */
    void resume(long spent) {
        workSpent = spent < 0;
        work = spent < 0 ? MAX_WORK + 1 : spent;
    }

    /** Counts work done elsewhere as spent here; false (and nothing counted) when it would go past the budget. */
    boolean spend(long amount) {
        if (workSpent || work + amount > MAX_WORK) {
            return false;
        }
        work += amount;
        return true;
    }

    /**
     * Counts work that an expansion makes other than text produced: the lines an {@code $(eval)}
     * reads, the patterns a {@code $(wildcard)} matches. False, and the budget reported spent (once),
     * when it would go past the budget: the caller then leaves the work undone.
     */
    boolean charge(long amount) {
        if (!workSpent && work + amount <= MAX_WORK) {
            work += amount;
            return true;
        }
        work = MAX_WORK + 1;
        budgetSpent();
        return false;
    }

    private void budgetSpent() {
        if (!workSpent) {
            workSpent = true;
            limitReached(String.format(Locale.ROOT, "the expansions of this Makefile went past %,d characters"
                    + " (%d MB) of text produced and copied; every value expanded from here on is unknown", MAX_WORK,
                    MAX_WORK >> 20));
        }
    }

    /** Reports a bound reached at the place being expanded. */
    void limitReached(String what) {
        host.limitReached(what, placeFile, placeRange);
    }

    String expand(String text, VariableScope scope) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        if (depth >= MAX_DEPTH) {
            limitReached("expansion nested deeper than " + MAX_DEPTH + " levels");
            charge(DEPTH_LIMIT_WORK);
            return MakeUnknown.of("expansion too deep");
        }
        if (work > MAX_WORK) {
            budgetSpent();
            return MakeUnknown.of("expansion budget spent");
        }
        depth++;
        try {
            StringBuilder out = new StringBuilder(Math.min(text.length(), 1024));
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c != '$' || i + 1 >= n) {
                    out.append(c);
                    i++;
                    continue;
                }
                char next = text.charAt(i + 1);
                if (next == '$') {
                    out.append('$');
                    i += 2;
                } else if (next == '(' || next == '{') {
                    char close = next == '(' ? ')' : '}';
                    int end = closing(text, i + 2, next, close);
                    if (end < 0) {
                        // make: "unterminated variable reference"; keep the rest as written
                        out.append(MakeUnknown.of(text.substring(i)));
                        break;
                    }
                    // the reference's text is copied for each level it is nested in: that copying counts as work,
                    // so that deeply nested megabytes stop at the budget instead of filling the heap
                    work += end - i;
                    out.append(reference(text.substring(i + 2, end), next, close, scope));
                    i = end + 1;
                } else {
                    out.append(variable(String.valueOf(next), scope));
                    i += 2;
                }
                if (out.length() > MAX_RESULT) {
                    limitReached("expansion larger than " + MAX_RESULT + " characters");
                    return MakeUnknown.of("expansion too large");
                }
            }
            work += out.length();
            return out.toString();
        } finally {
            depth--;
        }
    }

    /** The index of the closing character that matches an opening one just before {@code from}, or -1. */
    static int closing(String text, int from, char open, char close) {
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                count++;
            } else if (c == close) {
                if (count == 0) {
                    return i;
                }
                count--;
            }
        }
        return -1;
    }

    private String reference(String content, char open, char close, VariableScope scope) {
        int blank = 0;
        while (blank < content.length() && !MakeWords.blank(content.charAt(blank)) && content.charAt(blank) != open
                && content.charAt(blank) != '$' && content.charAt(blank) != ':') {
            blank++;
        }
        if (blank < content.length() && MakeWords.blank(content.charAt(blank))) {
            String name = content.substring(0, blank);
            if (functions.known(name)) {
                int argStart = blank;
                while (argStart < content.length() && MakeWords.blank(content.charAt(argStart))) {
                    argStart++;
                }
                return functions.call(name, content, argStart, open, close, scope);
            }
        }
        int colon = topLevel(content, ':', open, close);
        if (colon >= 0) {
            int equals = topLevel(content.substring(colon + 1), '=', open, close);
            if (equals >= 0) {
                String name = expand(content.substring(0, colon), scope);
                String from = expand(content.substring(colon + 1, colon + 1 + equals), scope);
                String to = expand(content.substring(colon + 2 + equals), scope);
                return substitution(variable(name, scope), from, to);
            }
        }
        return variable(expand(content, scope), scope);
    }

    static int topLevel(String text, char wanted, char open, char close) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                count++;
            } else if (c == close) {
                count--;
            } else if (c == wanted && count <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String substitution(String value, String from, String to) {
        String pattern = MakeWords.percent(from) >= 0 ? from : "%" + from;
        String replacement = MakeWords.percent(from) >= 0 ? to : "%" + to;
        StringBuilder out = new StringBuilder();
        for (String word : MakeWords.split(value)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(MakeUnknown.contains(word) ? word : MakeWords.patsubst(pattern, replacement, word));
        }
        return out.toString();
    }

    /** The value of a variable reference by name. */
    String variable(String name, VariableScope scope) {
        MakeVariable v = scope.lookup(name);
        if (v == null) {
            if (name.length() == 2 && "@<^+*?|%".indexOf(name.charAt(0)) >= 0
                    && (name.charAt(1) == 'D' || name.charAt(1) == 'F')) {
                return automaticPart(variable(name.substring(0, 1), scope), name.charAt(1) == 'D');
            }
            if (MakeUnknown.contains(name)) {
                return MakeUnknown.of("$(" + MakeUnknown.render(name) + ")");
            }
            return host.undefined(name);
        }
        if (!v.recursive()) {
            return v.value();
        }
        return recursiveValue(v, scope);
    }

    /**
     * The value of the variable {@code $(call name,...)} expands. make lets a called variable expand
     * itself again (GNU make's func_call lifts the self-reference check for it), so a function that
     * calls itself until an {@code $(if)} stops it is evaluated as make does; only the depth bound
     * stops a recursion that never ends.
     */
    String called(String name, VariableScope scope) {
        MakeVariable v = scope.lookup(name);
        if (v == null || !v.recursive()) {
            return variable(name, scope);
        }
        boolean wasActive = active.remove(v);
        try {
            return recursiveValue(v, scope);
        } finally {
            if (wasActive) {
                active.add(v);
            }
        }
    }

    private String recursiveValue(MakeVariable v, VariableScope scope) {
        String name = v.name();
        if (active.contains(v)) {
            host.recursiveVariable(v);
            return MakeUnknown.of("recursive $(" + name + ")");
        }
        active.add(v);
        try {
            if (v.appendedTo() == null) {
                return expand(v.value(), scope);
            }
            MakeVariable base = v.appendedTo();
            String before = base.recursive() ? recursiveValue(base, scope) : base.value();
            String added = expand(v.value(), scope);
            return before.isEmpty() ? added : String.join(" ", before, added);
        } finally {
            active.remove(v);
        }
    }

    private static String automaticPart(String value, boolean directory) {
        StringBuilder out = new StringBuilder();
        for (String word : MakeWords.split(value)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (MakeUnknown.contains(word)) {
                out.append(MakeUnknown.of(MakeUnknown.render(word) + (directory ? " dir" : " file")));
            } else if (directory) {
                String dir = MakeWords.dir(word);
                out.append(dir.length() > 1 ? dir.substring(0, dir.length() - 1) : dir.equals("/") ? "/" : ".");
            } else {
                out.append(MakeWords.notdir(word));
            }
        }
        return out.toString();
    }
}
