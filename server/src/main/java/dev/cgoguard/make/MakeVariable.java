package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;

/**
 * A Make variable: its value (raw text for a recursive variable, expanded text for a simple one),
 * how it was defined, and where (null for built-ins, the environment and the command line). A
 * target-specific {@code +=} keeps the variable it extends in {@code appendedTo}: make expands that
 * one first and adds a space only when it is not empty.
 */
record MakeVariable(String name, String value, Flavor flavor, Origin origin, String makefile, TextRange range,
        MakeVariable appendedTo) {

    MakeVariable(String name, String value, Flavor flavor, Origin origin, String makefile, TextRange range) {
        this(name, value, flavor, origin, makefile, range, null);
    }

    enum Flavor { RECURSIVE, SIMPLE }

    enum Origin {
        DEFAULT("default"), ENVIRONMENT("environment"), FILE("file"), COMMAND_LINE("command line"),
        OVERRIDE("override"), AUTOMATIC("automatic");

        final String text;

        Origin(String text) {
            this.text = text;
        }
    }

    static MakeVariable simple(String name, String value, Origin origin) {
        return new MakeVariable(name, value, Flavor.SIMPLE, origin, null, null);
    }

    boolean recursive() {
        return flavor == Flavor.RECURSIVE;
    }

    MakeVariable withValue(String newValue) {
        return new MakeVariable(name, newValue, flavor, origin, makefile, range);
    }
}
