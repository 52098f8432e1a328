package dev.cgoguard.make;

import dev.cgoguard.make.MakeVariable.Flavor;
import dev.cgoguard.make.MakeVariable.Origin;
import dev.cgoguard.workspace.TextRange;

/**
 * Applies global assignments with make's rules: flavours, {@code +=} keeping the flavour it
 * extends, {@code ?=} only when undefined, {@code !=} unknown, and command-line variables winning
 * over the file unless the line says {@code override}.
 */
final class VariableAssigner {
    private final MakeDatabase db;
    private final MakeExpander expander;
    private final VariableScope globals;

    VariableAssigner(MakeDatabase db, MakeExpander expander, VariableScope globals) {
        this.db = db;
        this.expander = expander;
        this.globals = globals;
    }

    /** Applies one assignment; returns the variable's name (expanded). */
    String assign(AssignmentSyntax a, boolean override, Boolean export, String makefile, TextRange range) {
        String name = expander.expand(a.name(), globals).strip();
        if (export != null) {
            db.exported.put(name, export);
        }
        MakeVariable existing = db.globals.get(name);
        if (existing != null && !override
                && (existing.origin() == Origin.COMMAND_LINE || existing.origin() == Origin.OVERRIDE)) {
            return name;
        }
        Origin origin = override ? Origin.OVERRIDE : Origin.FILE;
        switch (a.operator()) {
            case RECURSIVE -> put(name, a.value(), Flavor.RECURSIVE, origin, makefile, range);
            case SIMPLE -> put(name, expander.expand(a.value(), globals), Flavor.SIMPLE, origin, makefile, range);
            case SHELL -> put(name, shell(a.value()), Flavor.SIMPLE, origin, makefile, range);
            case CONDITIONAL -> {
                if (existing == null && expander.host().environment(name) == null) {
                    put(name, a.value(), Flavor.RECURSIVE, origin, makefile, range);
                }
            }
            case APPEND -> {
                if (existing == null) {
                    String env = expander.host().environment(name);
                    if (env != null) {
                        existing = new MakeVariable(name, env, Flavor.RECURSIVE, Origin.ENVIRONMENT, null, null);
                    }
                }
                if (existing == null) {
                    put(name, a.value(), Flavor.RECURSIVE, origin, makefile, range);
                } else {
                    String added = existing.recursive() ? a.value() : expander.expand(a.value(), globals);
                    String joined = existing.value().isEmpty() ? added : String.join(" ", existing.value(), added);
                    Origin kept = override ? Origin.OVERRIDE
                            : existing.origin() == Origin.DEFAULT || existing.origin() == Origin.ENVIRONMENT
                                    ? Origin.FILE : existing.origin();
                    put(name, joined, existing.flavor(), kept, makefile, range);
                }
            }
            default -> throw new IllegalStateException();
        }
        return name;
    }

    /** The value of {@code VAR != command}: the host's answer to a question about it, else unknown. */
    String shell(String command) {
        String expanded = expander.expand(command, globals).strip();
        return expander.host().hostAnswer(expanded)
                .orElseGet(() -> MakeUnknown.of("$(shell " + MakeUnknown.render(expanded) + ")"));
    }

    private void put(String name, String value, Flavor flavor, Origin origin, String makefile, TextRange range) {
        db.globals.put(name, new MakeVariable(name, value, flavor, origin, makefile, range));
    }
}
