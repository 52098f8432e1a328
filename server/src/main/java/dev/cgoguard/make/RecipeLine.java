package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Objects;

/** One recipe line as written (prefix character taken off), with the file and range it is written at. */
record RecipeLine(String text, String makefile, TextRange range) {
    // written out: generated ones are linked through method handles when first called, a start-up cost
    @Override
    public boolean equals(Object other) {
        return other instanceof RecipeLine that
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
