package dev.cgoguard.cli;

import dev.cgoguard.rules.BuildInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cgoguard} without a command: its model is {@link #spec()}; the commands are added by {@link Main}. */
final class RootCommand implements Callable<Integer> {
    CommandSpec spec;

    /** The command's picocli model. */
    CommandSpec spec() {
        spec = CommandModel.command(this, "cgoguard", new Version(),
                "Finds Go build configurations that crash or fail to start in production.");
        return spec;
    }

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
