package dev.cgoguard.config;

import java.nio.file.Path;

/** Something wrong in a settings file, at a 1-based line and column. */
public record SettingsProblem(Path file, int line, int column, String message) {
    /** {@code <file>:<line>:<column>: <message>} with the file as given. */
    public String describe(String shownPath) {
        return shownPath + ":" + line + ":" + column + ": " + message;
    }
}
