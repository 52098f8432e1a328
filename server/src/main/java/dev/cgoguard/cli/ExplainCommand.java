package dev.cgoguard.cli;

import dev.cgoguard.rules.RuleDocs;
import dev.cgoguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cgoguard explain}: its model is {@link #spec()}. */
final class ExplainCommand implements Callable<Integer> {
    CommandSpec spec;
    String ruleId;

    /** The command's picocli model, which fills the field above. */
    CommandSpec spec() {
        spec = CommandModel.command(this, "explain", null, "Print a rule's page: what happens at run time, why, and how to fix it.",
                "Without a rule: how cgoguard decides what to report (certainty, the modelled host, third-party trees).");
        spec.addPositional(CommandModel.parameters("RULE", String.class, () -> ruleId, v -> ruleId = v,
                "The rule id, e.g. static-glibc-nss.").arity("0..1").build());
        return spec;
    }

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
