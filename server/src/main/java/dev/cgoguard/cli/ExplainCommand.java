package dev.cgoguard.cli;

import dev.cgoguard.rules.RuleDocs;
import dev.cgoguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true, description = {"Print a rule's page: what happens at run time, why, and how to fix it.",
        "Without a rule: how cgoguard decides what to report (certainty, the modelled host, third-party trees)."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", arity = "0..1", description = "The rule id, e.g. static-glibc-nss.")
    String ruleId;

    @Override
    public Integer call() {
        if (ruleId == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(RuleDocs.overview());
            out.flush();
            return ExitCodes.CLEAN;
        }
        if (RuleRegistry.builtIn().find(ruleId).isEmpty()) {
            spec.commandLine().getErr().println("cgoguard: no rule '" + ruleId + "'; 'cgoguard rules' lists them");
            return ExitCodes.ERROR;
        }
        Optional<String> page = RuleDocs.page(ruleId);
        PrintWriter out = spec.commandLine().getOut();
        out.print(page.orElse(""));
        out.flush();
        return page.isPresent() ? ExitCodes.CLEAN : ExitCodes.ERROR;
    }
}
