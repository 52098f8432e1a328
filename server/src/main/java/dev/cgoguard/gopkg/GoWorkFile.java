package dev.cgoguard.gopkg;

import java.util.List;

/**
 * A go.work file: its {@code go} and {@code toolchain} lines, the module folders it uses
 * (workspace-relative, normalised) and its replacements.
 */
public record GoWorkFile(String path, String dir, String goVersion, String toolchain, List<String> useDirs,
        List<ModuleReplacement> replaces) {
}
