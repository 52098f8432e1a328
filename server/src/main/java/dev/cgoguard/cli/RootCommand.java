package dev.cgoguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "cgoguard", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Finds Go build configurations that crash or fail to start in production.")
final class RootCommand implements java.util.concurrent.Callable<Integer> {
    /** The subcommands, by name; {@link Main} registers only the one a command line names. */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        byName.put("lint", LintCommand.class);
        byName.put("plan", PlanCommand.class);
        byName.put("rules", RulesCommand.class);
        byName.put("explain", ExplainCommand.class);
        byName.put("lsp", LspCommand.class);
        return java.util.Collections.unmodifiableMap(byName);
    }

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
        public String[] getVersion() {
            return new String[] {"cgoguard " + number()};
        }

        /** The version number alone, e.g. {@code 0.1.0}; {@code unknown} outside a built jar. */
        static String number() {
            Properties properties = new Properties();
            try (InputStream in = RootCommand.class.getResourceAsStream("/dev/cgoguard/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
