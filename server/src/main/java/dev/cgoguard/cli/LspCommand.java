package dev.cgoguard.cli;

import dev.cgoguard.lsp.CgoguardLanguageServerLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cgoguard lsp}: the language server over stdio. It takes the transport options language
 * clients put on the command line (vscode-languageclient appends {@code --stdio} and
 * {@code --clientProcessId=N}); any other option is a usage error.
 */
final class LspCommand implements Callable<Integer> {
    boolean stdio;
    long clientProcessId;

    /** The command's picocli model. */
    CommandSpec spec() {
        CommandSpec spec = CommandModel.command(this, "lsp", null, "Run the language server over stdio.");
        spec.addOption(CommandModel.option("--stdio", null, boolean.class, () -> stdio, v -> stdio = v,
                "Speak LSP over stdin and stdout: the only transport, so this changes nothing.").build());
        spec.addOption(CommandModel.option("--clientProcessId", "PID", long.class, () -> clientProcessId, v -> clientProcessId = v,
                "The client's process id, as language clients pass it. The server ends with the process named in the initialize"
                        + " request, and when its input closes.").build());
        return spec;
    }

    @Override
    public Integer call() {
        return CgoguardLanguageServerLauncher.run(System.in, System.out);
    }
}
