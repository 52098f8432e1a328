package dev.cgoguard.cli;

import picocli.CommandLine;

/** The {@code cgoguard} command: lint, plan, rules, explain and lsp. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 clean, 1 findings, 2 usage or internal error). */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs with the given output and error writers (null: standard streams); used by tests and embedders. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RootCommand());
        if (out != null) {
            commandLine.setOut(out);
        }
        if (err != null) {
            commandLine.setErr(err);
        }
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        return commandLine.execute(args);
    }
}
