package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;

/**
 * A target- or pattern-specific assignment ({@code release: LDFLAGS += -s}). The value is already
 * expanded for {@code :=}; {@code export} is null when the line says nothing about exporting.
 */
record TargetVariable(String pattern, String name, String value, MakeVariable.Flavor flavor, Operator operator,
        boolean override, Boolean export, String makefile, TextRange range) {

    enum Operator { SET, APPEND, CONDITIONAL }
}
