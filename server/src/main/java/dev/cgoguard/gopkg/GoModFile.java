package dev.cgoguard.gopkg;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A go.mod file: where it is, the module path, the {@code go} and {@code toolchain} lines,
 * the required modules with their versions, and the replacements.
 *
 * @param path workspace-relative path of the go.mod file
 * @param dir workspace-relative folder of the module ("" for the root)
 */
public record GoModFile(String path, String dir, String modulePath, String goVersion, String toolchain,
        Map<String, String> requires, List<ModuleReplacement> replaces) {

    /** The go.mod file at {@code path} with this text. */
    public static GoModFile parse(String path, String text) {
        return GoModParser.parseMod(path, text);
    }

    /** The toolchain version without its {@code go} prefix (go1.22.3 -> 1.22.3), else the go line, else null. */
    public String effectiveGoVersion() {
        if (toolchain != null && toolchain.startsWith("go1")) {
            return toolchain.substring(2).replaceAll("-.*$", "");
        }
        return goVersion;
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoModFile that
                && Objects.equals(path, that.path)
                && Objects.equals(dir, that.dir)
                && Objects.equals(modulePath, that.modulePath)
                && Objects.equals(goVersion, that.goVersion)
                && Objects.equals(toolchain, that.toolchain)
                && Objects.equals(requires, that.requires)
                && Objects.equals(replaces, that.replaces);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(path);
        hash = 31 * hash + Objects.hashCode(dir);
        hash = 31 * hash + Objects.hashCode(modulePath);
        hash = 31 * hash + Objects.hashCode(goVersion);
        hash = 31 * hash + Objects.hashCode(toolchain);
        hash = 31 * hash + Objects.hashCode(requires);
        hash = 31 * hash + Objects.hashCode(replaces);
        return hash;
    }
}
