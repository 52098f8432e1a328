package dev.cgoguard.config;

import java.nio.file.Path;
import java.util.List;

/** A settings file as read: where it is, the settings it gives, and its problems (none when it is valid). */
public record SettingsFile(Path path, CgoguardSettings settings, List<SettingsProblem> problems) {
    public SettingsFile {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
