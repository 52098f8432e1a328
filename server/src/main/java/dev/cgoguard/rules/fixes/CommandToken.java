package dev.cgoguard.rules.fixes;

/** A word of a command as written, with its quotes, and where it stands in the command's text. */
record CommandToken(String text, int start, int end) {
    /** The word without its outer quotes (quotes inside are left). */
    String unquoted() {
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
