package dev.cgoguard.grammars;

/** A grammar could not be loaded on this machine (missing native library, unsupported platform). */
public final class GrammarUnavailableException extends RuntimeException {
    public GrammarUnavailableException(String message) {
        super(message);
    }

    public GrammarUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
