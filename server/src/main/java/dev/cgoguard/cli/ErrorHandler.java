package dev.cgoguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns usage errors and internal failures into one line on stderr and exit code 2, never a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("cgoguard: internal error: " + message);
        if (Boolean.getBoolean("cgoguard.debug")) {
            e.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("cgoguard: " + e.getMessage());
        commandLine.getErr().println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.ERROR;
    }
}
