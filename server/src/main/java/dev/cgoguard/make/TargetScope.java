package dev.cgoguard.make;

import dev.cgoguard.make.MakeVariable.Flavor;
import dev.cgoguard.make.MakeVariable.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a recipe sees: a target's own assignments, then the pattern-specific ones that
 * match it, then those inherited from the target that asked for it, then the globals. A
 * command-line variable wins over them unless the assignment says {@code override}.
 */
final class TargetScope implements VariableScope {
    private final List<TargetVariable> definitions;
    private final VariableScope next;
    private final MakeDatabase db;
    private final Map<String, MakeVariable> resolved = new HashMap<>();

    private TargetScope(List<TargetVariable> definitions, VariableScope next, MakeDatabase db) {
        this.definitions = definitions;
        this.next = next;
        this.db = db;
    }

    /** The scope of a target, inheriting from a parent target's scope (or the globals when null). */
    static VariableScope of(String target, VariableScope parent, MakeDatabase db, MakeExpander expander) {
        VariableScope base = parent != null ? parent : db.globals::get;
        List<TargetVariable> patterns = new ArrayList<>();
        for (TargetVariable tv : db.patternVariables) {
            if (MakeWords.matches(tv.pattern(), target)) {
                patterns.add(tv);
            }
        }
        List<TargetVariable> own = db.targetVariables.getOrDefault(target, List.of());
        if (patterns.isEmpty() && own.isEmpty()) {
            return base;
        }
        VariableScope scope = patterns.isEmpty() ? base : new TargetScope(patterns, base, db);
        return own.isEmpty() ? scope : new TargetScope(own, scope, db);
    }

    /** The explicit export flag the target's assignments give a name, or null. */
    static Boolean exportFlag(VariableScope scope, String name) {
        VariableScope s = scope;
        while (s instanceof TargetScope ts) {
            for (int i = ts.definitions.size() - 1; i >= 0; i--) {
                TargetVariable tv = ts.definitions.get(i);
                if (tv.name().equals(name) && tv.export() != null) {
                    return tv.export();
                }
            }
            s = ts.next;
        }
        return null;
    }

    /** Names assigned in the target scopes of a chain. */
    static List<String> names(VariableScope scope) {
        List<String> out = new ArrayList<>();
        VariableScope s = scope;
        while (s instanceof TargetScope ts) {
            for (TargetVariable tv : ts.definitions) {
                out.add(tv.name());
            }
            s = ts.next;
        }
        return out;
    }

    @Override
    public MakeVariable lookup(String name) {
        if (resolved.containsKey(name)) {
            return resolved.get(name);
        }
        MakeVariable base = next.lookup(name);
        resolved.put(name, base);
        MakeVariable current = base;
        boolean any = false;
        for (TargetVariable tv : definitions) {
            if (!tv.name().equals(name)) {
                continue;
            }
            MakeVariable global = db.globals.get(name);
            if (!tv.override() && global != null && global.origin() == Origin.COMMAND_LINE) {
                continue;
            }
            any = true;
            Origin origin = tv.override() ? Origin.OVERRIDE : Origin.FILE;
            switch (tv.operator()) {
                case SET -> current = new MakeVariable(name, tv.value(), tv.flavor(), origin, tv.makefile(), tv.range());
                case CONDITIONAL -> {
                    if (current == null) {
                        current = new MakeVariable(name, tv.value(), tv.flavor(), origin, tv.makefile(), tv.range());
                    }
                }
                case APPEND -> current = append(current, tv, origin);
                default -> throw new IllegalStateException();
            }
        }
        MakeVariable result = any ? current : base;
        resolved.put(name, result);
        return result;
    }

    private MakeVariable append(MakeVariable current, TargetVariable tv, Origin origin) {
        if (current == null) {
            return new MakeVariable(tv.name(), tv.value(), Flavor.RECURSIVE, origin, tv.makefile(), tv.range());
        }
        return new MakeVariable(tv.name(), tv.value(), Flavor.RECURSIVE, origin, tv.makefile(), tv.range(), current);
    }
}
