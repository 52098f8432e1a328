package dev.cgoguard.ci;

/**
 * GitHub Actions {@code ${{ … }}} expressions in a {@code run:} script. The runner replaces them
 * before the shell sees the script, with values the files do not give. A shell reading them as they
 * stand would take {@code ${{} as a broken parameter expansion and split the words around it wrongly;
 * so each one is read as a reference to a variable nobody sets, of the same length, which the shell
 * evaluation treats as unknown while every other word keeps its place.
 */
public final class Expressions {
    private static final String NAME = "GITHUB_EXPRESSION";

    private Expressions() {
    }

    /** The script with each expression replaced by {@code $} and a variable name of its length less one. */
    public static String masked(String script) {
        int open = script.indexOf("${{");
        if (open < 0) {
            return script;
        }
        StringBuilder out = new StringBuilder(script.length());
        int copied = 0;
        while (open >= 0) {
            int close = script.indexOf("}}", open + 3);
            if (close < 0) {
                break;
            }
            int end = close + 2;
            out.append(script, copied, open).append('$');
            for (int i = 1; i < end - open; i++) {
                out.append(i - 1 < NAME.length() ? NAME.charAt(i - 1) : '_');
            }
            copied = end;
            open = script.indexOf("${{", end);
        }
        return out.append(script, copied, script.length()).toString();
    }
}
