package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;

/**
 * One word of a simple command after expansion, quote removal and field splitting. A word with an
 * unknown part ({@code $(date)}, an unset variable from outside) is not {@code known}; its text
 * then holds what is known with the unknown parts left as written. {@code range} is where the
 * word stands in the evaluated text, or null when it came from an expansion.
 */
public record ShellWord(String text, boolean known, TextRange range) {
}
