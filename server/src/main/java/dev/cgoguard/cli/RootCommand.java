package dev.cgoguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "cgoguard", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Finds Go build configurations that crash or fail to start in production.",
        subcommands = {LintCommand.class, PlanCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class})
final class RootCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cgoguard: missing command: lint, plan, rules, explain or lsp");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = RootCommand.class.getResourceAsStream("/dev/cgoguard/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"cgoguard " + properties.getProperty("version", "unknown")};
        }
    }
}
