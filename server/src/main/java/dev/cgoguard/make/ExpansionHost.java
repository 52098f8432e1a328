package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Optional;

/** What the expander asks of the evaluation around it: undefined names, eval, wildcard, problems. */
interface ExpansionHost {
    /** The value of a name defined nowhere in the files: empty, or unknown when it may come from the environment. */
    String undefined(String name);

    /**
     * Whether an undefined name may be set in the environment (its value and origin are then
     * unknown): not when the environment is known, nor for names the Makefiles assign themselves.
     */
    boolean environmentUnknown(String name);

    /** The environment's own value for a name, or null. */
    String environment(String name);

    /** What a {@code $(shell)} command prints when it asks about the host ({@code uname -m}), else empty. */
    Optional<String> hostAnswer(String command);

    /** Reads the text as Makefile lines ({@code $(eval)}). */
    void eval(String text);

    /** Workspace paths matching a glob, relative to the directory make runs in. */
    List<String> wildcard(String pattern);

    /** A recursive variable that refers to itself. */
    void recursiveVariable(MakeVariable variable);

    /**
     * An expansion went past one of its bounds, while expanding the text at {@code range} of
     * {@code makefile} (null when not known): its value stays unknown.
     */
    void limitReached(String what, String makefile, TextRange range);

    /** Collecting recipe lines stopped at a bound, at the recipe line {@code range} of {@code makefile}. */
    void recipesLimitReached(String what, String makefile, TextRange range);

    /** The directory make runs in, as an absolute-looking path. */
    String curdir();
}
