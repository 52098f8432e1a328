package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Objects;

/** One recipe line as written (prefix character taken off), with the file and range it is written at. */
record RecipeLine(String text, String makefile, TextRange range) {
    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RecipeLine that
                && Objects.equals(text, that.text)
                && Objects.equals(makefile, that.makefile)
                && Objects.equals(range, that.range);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(text);
        hash = 31 * hash + Objects.hashCode(makefile);
        hash = 31 * hash + Objects.hashCode(range);
        return hash;
    }
}
