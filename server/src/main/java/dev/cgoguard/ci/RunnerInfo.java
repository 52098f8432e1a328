package dev.cgoguard.ci;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;

/**
 * The machine a job runs on ({@code runs-on}): the label as written (null when missing), whether it
 * is a Linux host (null when unknown: self-hosted, an expression), its facts from the runner table,
 * a note for the user, and where {@code runs-on} stands.
 */
public record RunnerInfo(String label, Boolean linux, ImageFacts facts, String note, SourceLocation location) {
}
