package dev.cgoguard.plan;

import dev.cgoguard.workspace.SourceLocation;

/**
 * A place where cgoguard could not evaluate a build file completely: where it stopped, what it could
 * not read, and what that means for the findings of that file. {@code kind} names the evaluator's
 * problem ({@code make-syntax}, {@code dockerfile}, {@code workflow}, {@code shell}, ...).
 */
public record EvaluationProblem(String kind, SourceLocation location, String what, String consequence) {
}
