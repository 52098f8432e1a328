package dev.cgoguard.cli;

import dev.cgoguard.engine.Analyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code cgoguard} command: lint, plan, rules, explain and lsp. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line on the standard streams, in UTF-8 whatever the locale
     * ({@link ConsoleWriters}), and returns the exit code (0 clean, 1 findings, 2 usage or internal error).
     */
    public static int run(String... args) {
        PrintWriter out = ConsoleWriters.stdout();
        PrintWriter err = ConsoleWriters.stderr();
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs with the given output and error writers (null: the standard streams); used by tests and embedders. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Analyzer::new, args);
    }

    /** Runs with the analyzer {@code lint} uses given (a seam for tests that need rules of their own). */
    static int run(PrintWriter out, PrintWriter err, Supplier<Analyzer> analyzers,
            String... args) {
        return run(out, err, analyzers, Paths.get(""), args);
    }

    /** Runs as if started in {@code workingDirectory}, where {@code lint} shows paths from (a seam for tests). */
    static int run(PrintWriter out, PrintWriter err, Supplier<Analyzer> analyzers,
            Path workingDirectory, String... args) {
        Map<String, Supplier<CommandSpec>> commands = new LinkedHashMap<>();
        commands.put("lint", () -> new LintCommand(analyzers, workingDirectory).spec());
        commands.put("plan", () -> new PlanCommand().spec());
        commands.put("rules", () -> new RulesCommand().spec());
        commands.put("explain", () -> new ExplainCommand().spec());
        commands.put("lsp", () -> new LspCommand().spec());
        CommandLine commandLine = new CommandLine(new RootCommand().spec());
        // a command line that names a command gets only that one; any other (help, --version, a mistake) gets them all
        String named = args.length > 0 ? args[0] : "";
        for (var command : commands.entrySet()) {
            if (!commands.containsKey(named) || command.getKey().equals(named)) {
                commandLine.addSubcommand(command.getKey(), new CommandLine(command.getValue().get()));
            }
        }
        commandLine.setOut(out != null ? out : ConsoleWriters.stdout());
        commandLine.setErr(err != null ? err : ConsoleWriters.stderr());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return ranOut(commandLine, "out of memory: the Java heap (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB) is too small for this run; give it more with CGOGUARD_JAVA_OPTS=-Xmx2g (or java -Xmx2g -jar)");
        } catch (StackOverflowError e) {
            return ranOut(commandLine, "internal error: the input nests deeper than cgoguard's stack allows (StackOverflowError)");
        }
    }

    /** One line on stderr and the error exit code, for a run that ran out of memory or stack. */
    private static int ranOut(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        err.println("cgoguard: " + message);
        err.flush();
        return ExitCodes.ERROR;
    }
}
