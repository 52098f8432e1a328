package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MakeVariable that
                && Objects.equals(name, that.name)
                && Objects.equals(value, that.value)
                && Objects.equals(flavor, that.flavor)
                && Objects.equals(origin, that.origin)
                && Objects.equals(makefile, that.makefile)
                && Objects.equals(range, that.range)
                && Objects.equals(appendedTo, that.appendedTo);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(name);
        hash = 31 * hash + Objects.hashCode(value);
        hash = 31 * hash + Objects.hashCode(flavor);
        hash = 31 * hash + Objects.hashCode(origin);
        hash = 31 * hash + Objects.hashCode(makefile);
        hash = 31 * hash + Objects.hashCode(range);
        hash = 31 * hash + Objects.hashCode(appendedTo);
        return hash;
    }
}
