package dev.cgoguard.parse;

/**
 * A tree-sitter parse given up before it ended: it went past its time limit
 * ({@link dev.cgoguard.workspace.ScanLimits#PARSE_MILLIS}) or the run that asked for it was
 * interrupted. Nothing of the text is parsed; {@link #charOffset} is where the parser had got to.
 */
public final class ParseCancelledException extends RuntimeException {
    private final int charOffset;

    ParseCancelledException(String reason, int charOffset) {
        super(reason);
        this.charOffset = charOffset;
    }

    /** Where in the text (a character offset) the parser stood when it was stopped. */
    public int charOffset() {
        return charOffset;
    }
}
