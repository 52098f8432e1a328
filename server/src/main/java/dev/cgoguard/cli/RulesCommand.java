package dev.cgoguard.cli;

import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cgoguard rules}: its model is {@link #spec()}. */
final class RulesCommand implements Callable<Integer> {
    CommandSpec spec;

    /** The command's picocli model. */
    CommandSpec spec() {
        spec = CommandModel.command(this, "rules", null, "List the rules with their summary and the severities they report.");
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            out.printf("%-28s %s%n    %s%n", rule.info().id(), rule.info().severities(), rule.info().summary());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
