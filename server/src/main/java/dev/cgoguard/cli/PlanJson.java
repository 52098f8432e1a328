package dev.cgoguard.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.Decision;
import dev.cgoguard.plan.PlanExplanation;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/** The JSON form of one build plan, as {@code cgoguard plan --format json} prints it. */
final class PlanJson {
    private PlanJson() {
    }

    static JsonObject of(PlanPrinter.Entry entry) {
        BuildPlan plan = entry.plan();
        JsonObject o = new JsonObject();
        o.add("origin", location(entry, plan.origin().location()));
        o.addProperty("source", PlanPrinter.lower(plan.origin().kind()));
        o.addProperty("description", plan.origin().description());
        o.addProperty("command", plan.invocation().subcommand());
        PlanExplanation explanation = PlanExplanation.of(plan);
        o.addProperty("summary", explanation.summary());
        explanation.failure().ifPresent(failure -> o.addProperty("fails", failure.reason()));
        o.add("conditions", strings(plan.conditions().common().stream().map(c -> c.text()).toList()));
        if (plan.conditions().terms().size() > 1) {
            com.google.gson.JsonArray alternatives = new com.google.gson.JsonArray();
            plan.conditions().terms().forEach(term -> alternatives.add(strings(term.stream().map(c -> c.text()).toList())));
            o.add("alternatives", alternatives);
        }
        o.addProperty("inModeledBuild", plan.conditions().modeled());
        o.addProperty("workingDirectory", plan.workingDirectory());
        o.add("cgo", decision(plan.cgo()));
        o.add("externalLink", decision(plan.externalLink()));
        o.add("static", decision(plan.staticLink()));
        if (plan.invocation().tags() != null) {
            o.add("tags", strings(plan.invocation().tags()));
        }
        o.addProperty("buildMode", plan.invocation().buildMode());
        o.addProperty("linkMode", plan.invocation().ldflags().linkMode());
        o.add("extldflags", strings(plan.invocation().ldflags().extldflags()));
        o.addProperty("output", plan.invocation().output());
        o.add("packages", strings(plan.invocation().packages()));
        if (plan.reach() != null) {
            JsonObject reach = new JsonObject();
            reach.add("targets", strings(plan.reach().targets()));
            reach.add("resolver", chains(entry, plan.reach().resolver()));
            reach.add("userLookup", chains(entry, plan.reach().userLookup()));
            reach.add("cgoPackages", strings(plan.reach().cgoPackages().stream().map(p -> p.importPath()).toList()));
            reach.add("unknownImports", strings(plan.reach().unknownImports()));
            reach.addProperty("goVersion", plan.reach().goVersion());
            o.add("reach", reach);
        }
        if (plan.buildEnvironment() != null) {
            JsonObject build = facts(plan.buildEnvironment().facts());
            build.addProperty("description", plan.buildEnvironment().description());
            build.addProperty("goVersion", plan.buildEnvironment().goVersion());
            o.add("buildEnvironment", build);
        }
        if (plan.runEnvironment() != null) {
            JsonObject run = facts(plan.runEnvironment().facts());
            run.addProperty("description", plan.runEnvironment().description());
            run.addProperty("binaryPath", plan.runEnvironment().binaryPath());
            if (plan.runEnvironment().fromLocation() != null) {
                run.add("from", location(entry, plan.runEnvironment().fromLocation()));
            }
            if (plan.runEnvironment().copyLocation() != null) {
                run.add("copy", location(entry, plan.runEnvironment().copyLocation()));
            }
            o.add("runEnvironment", run);
        }
        return o;
    }

    private static JsonObject decision(Decision decision) {
        JsonObject o = new JsonObject();
        o.addProperty("value", PlanPrinter.lower(decision.answer()));
        o.addProperty("reason", decision.reason());
        return o;
    }

    private static JsonObject facts(ImageFacts facts) {
        JsonObject o = new JsonObject();
        o.addProperty("image", facts.reference());
        o.addProperty("known", facts.known());
        o.addProperty("libc", facts.libc());
        o.addProperty("libcVersion", facts.libcVersion());
        o.addProperty("cCompiler", facts.cCompiler());
        o.addProperty("caCertificates", facts.caCertificates());
        o.addProperty("tzdata", facts.tzdata());
        o.addProperty("passwd", facts.passwd());
        o.addProperty("distro", facts.distro());
        return o;
    }

    private static JsonArray chains(PlanPrinter.Entry entry, List<ImportChain> chains) {
        JsonArray array = new JsonArray();
        for (ImportChain chain : chains) {
            JsonObject c = new JsonObject();
            c.addProperty("reached", chain.reached());
            if (chain.startsInWorkspace()) {
                c.add("import", location(entry, chain.lastWorkspaceImport().location()));
                c.addProperty("importPath", chain.lastWorkspaceImport().path());
            }
            c.add("stdPath", strings(chain.stdPath()));
            array.add(c);
        }
        return array;
    }

    private static JsonObject location(PlanPrinter.Entry entry, SourceLocation location) {
        JsonObject o = new JsonObject();
        o.addProperty("path", entry.target().display(location.path()));
        o.addProperty("line", location.range().start().line() + 1);
        o.addProperty("column", location.range().start().column() + 1);
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
