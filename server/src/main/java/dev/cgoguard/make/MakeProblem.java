package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;

/**
 * Something wrong in a Makefile itself that make would fail on or loop over, for example a
 * recursive variable that refers to itself ({@code kind} = {@code "make-recursive-variable"}).
 */
public record MakeProblem(String kind, String makefile, TextRange range, String message) {
}
