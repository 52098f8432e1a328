package dev.cgoguard.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns usage errors and internal failures into one line on stderr and exit code 2, never a stack
 * trace: a mistyped command or option is named with the closest one there is
 * ({@code cgoguard: unknown command 'lnt' (did you mean 'lint'?); 'cgoguard --help' lists the commands}).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("cgoguard: internal error: " + oneLine(message));
        if (Boolean.getBoolean("cgoguard.debug")) {
            e.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        boolean root = commandLine.getParent() == null;
        String line;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            String suggestion = suggestion(unmatched.getSuggestions());
            if (word.startsWith("-")) {
                line = "unknown option '" + word + "' for " + command + suggestion + "; '" + command + " --help' lists the options";
            } else if (root) {
                line = "unknown command '" + word + "'" + suggestion + "; '" + command + " --help' lists the commands";
            } else {
                line = "unexpected argument '" + word + "' for " + command + suggestion + "; '" + command + " --help' says what it takes";
            }
        } else {
            line = oneLine(e.getMessage()) + "; '" + command + " --help' says more";
        }
        commandLine.getErr().println("cgoguard: " + line);
        commandLine.getErr().flush();
        return ExitCodes.ERROR;
    }

    private static String suggestion(List<String> candidates) {
        return candidates.isEmpty() ? "" : " (did you mean '" + candidates.get(0) + "'?)";
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
