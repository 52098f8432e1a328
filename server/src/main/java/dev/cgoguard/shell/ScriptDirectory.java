package dev.cgoguard.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command substitutions by which a script finds its own folder: {@code $(dirname "$0")},
 * {@code $(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}, {@code $(cd "$(dirname "$0")/.." && pwd -P)}.
 * Their value is that folder of the workspace, written from {@link WorkingDirectory#WORKSPACE}; {@code $0}
 * is the script run, {@code ${BASH_SOURCE[0]}} the file being read (a sourced one inside it).
 */
final class ScriptDirectory {
    private static final String SELF = "(?<self>\\$0|\\$\\{0\\}|\\$BASH_SOURCE|\\$\\{BASH_SOURCE(?:\\[0\\])?\\})";
    private static final String DIRNAME = "dirname\\s+(?:--\\s+)?(?:\"" + SELF + "\"|" + SELF.replace("self", "bare") + ")";
    private static final Pattern PLAIN = Pattern.compile("\\s*" + DIRNAME + "\\s*");
    private static final Pattern CD_PWD = Pattern.compile("\\s*cd\\s+(?:-P\\s+)?(?:--\\s+)?(?<q>\"?)(?:\\$\\(\\s*" + DIRNAME
            + "\\s*\\)|`\\s*" + DIRNAME.replace("self", "self2").replace("bare", "bare2") + "\\s*`)(?<rest>/[^\"\\s;&|<>`$]*)?\\k<q>"
            + "\\s*(?:>\\s*/dev/null\\s*(?:2>&1\\s*)?)?(?:&&|;)\\s*pwd(?:\\s+-[PL])?\\s*");

    private ScriptDirectory() {
    }

    /** The folder {@code command} (the text inside {@code $(…)}) prints, or null when it is none of these forms or the script is not known. */
    static String of(String command, Scope scope) {
        Matcher plain = PLAIN.matcher(command);
        if (plain.matches()) {
            return folder(self(plain, "self", "bare"), "", scope);
        }
        Matcher cd = CD_PWD.matcher(command);
        if (cd.matches()) {
            String self = self(cd, "self", "bare");
            return folder(self != null ? self : self(cd, "self2", "bare2"), cd.group("rest") == null ? "" : cd.group("rest"), scope);
        }
        return null;
    }

    private static String self(Matcher matcher, String quoted, String bare) {
        return matcher.group(quoted) != null ? matcher.group(quoted) : matcher.group(bare);
    }

    private static String folder(String self, String rest, Scope scope) {
        if (self == null) {
            return null;
        }
        String script = self.contains("BASH_SOURCE") ? scope.sourcePath : scope.scriptPath;
        if (script == null) {
            return null;
        }
        int slash = script.lastIndexOf('/');
        String folder = WorkingDirectory.resolve("", (slash < 0 ? "" : script.substring(0, slash)) + rest);
        return folder == null || folder.equals("..") || folder.startsWith("../") || folder.startsWith("/") ? null
                : WorkingDirectory.inWorkspace(folder);
    }
}
