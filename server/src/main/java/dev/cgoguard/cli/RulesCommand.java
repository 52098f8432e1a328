package dev.cgoguard.cli;

import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules with their summary and the severities they report.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
