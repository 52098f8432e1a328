package dev.cgoguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true, description = "Run the language server over stdio.")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return dev.cgoguard.lsp.CgoguardLanguageServerLauncher.run(System.in, System.out);
    }
}
