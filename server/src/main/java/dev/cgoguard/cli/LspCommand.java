package dev.cgoguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cgoguard lsp}: the language server over stdio. It takes the transport options language
 * clients put on the command line (vscode-languageclient appends {@code --stdio} and
 * {@code --clientProcessId=N}); any other option is a usage error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, description = "Run the language server over stdio.")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--stdio", description = "Speak LSP over stdin and stdout: the only transport, so this changes nothing.")
    boolean stdio;

    @Option(names = "--clientProcessId", paramLabel = "PID",
            description = "The client's process id, as language clients pass it. The server ends with the process named in the initialize request, and when its input closes.")
    long clientProcessId;

    @Override
    public Integer call() {
        return dev.cgoguard.lsp.CgoguardLanguageServerLauncher.run(System.in, System.out);
    }
}
