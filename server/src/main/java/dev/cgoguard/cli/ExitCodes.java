package dev.cgoguard.cli;

/** The exit codes of the command line, as CI systems read them. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
