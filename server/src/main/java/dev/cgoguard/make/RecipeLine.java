package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;

/** One recipe line as written (prefix character taken off), with the file and range it is written at. */
record RecipeLine(String text, String makefile, TextRange range) {
}
