package dev.cgoguard.cli;

import dev.cgoguard.rules.BuildInfo;
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
        spec.commandLine().getErr().println("cgoguard: missing command: lint, plan, rules, explain or lsp ('cgoguard --help' says more)");
        return ExitCodes.ERROR;
    }

    /** The version the build wrote into the jar, with the commit it was built from. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cgoguard " + BuildInfo.current().describe()};
        }

        /** The version number alone, e.g. {@code 0.1.0}. */
        static String number() {
            return BuildInfo.current().version();
        }
    }
}
