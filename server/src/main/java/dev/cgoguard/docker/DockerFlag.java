package dev.cgoguard.docker;

import dev.cgoguard.workspace.TextRange;

/**
 * One {@code --name[=value]} flag of an instruction as written; {@code value} is null for a flag
 * without a value ({@code --link}). {@code range} covers the whole flag in the file.
 */
public record DockerFlag(String name, String value, TextRange range) {
    public boolean hasValue() {
        return value != null;
    }
}
