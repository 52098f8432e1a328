package dev.cgoguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.gopkg.PackageReach;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.Decision;
import dev.cgoguard.plan.PlanSummary;
import dev.cgoguard.workspace.SourceLocation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints build plans for people (text) and tools (JSON). */
final class PlanPrinter {
    record Entry(LintTarget target, BuildPlan plan) {
    }

    private PlanPrinter() {
    }

    static void text(List<Entry> entries, PrintWriter out) {
        for (Entry entry : entries) {
            BuildPlan plan = entry.plan();
            out.printf("%s  go %s  (%s)%n", where(entry, plan.origin().location()), plan.invocation().subcommand(),
                    plan.origin().description());
            if (!plan.conditions().isEmpty()) {
                out.printf("  %-11s %s%n", "condition:", plan.conditionText());
            }
            out.printf("  %-11s %s%n", "summary:", PlanSummary.of(plan));
            out.printf("  %-11s %s%n", "cgo:", decision(plan.cgo(), "on", "off"));
            out.printf("  %-11s %s%n", "linker:", decision(plan.externalLink(), "external", "internal"));
            out.printf("  %-11s %s%n", "binary:", decision(plan.staticLink(), "static", "dynamic"));
            out.printf("  %-11s %s%n", "tags:", plan.invocation().tags() == null ? "(none)" : String.join(",", plan.invocation().tags()));
            out.printf("  %-11s %s%n", "packages:", plan.reach() != null ? String.join(" ", plan.reach().targets())
                    : !plan.invocation().packages().isEmpty() ? String.join(" ", plan.invocation().packages())
                    : plan.invocation().packagesUnknown() ? "(not known from the text)" : ".");
            if (plan.reach() != null) {
                printReach(entry, plan.reach(), out);
            }
            if (plan.buildEnvironment() != null) {
                out.printf("  %-11s %s: %s%s%n", "built in:", plan.buildEnvironment().description(),
                        facts(plan.buildEnvironment().facts()),
                        plan.buildEnvironment().goVersion() == null ? "" : ", Go " + plan.buildEnvironment().goVersion());
            }
            if (plan.runEnvironment() != null) {
                out.printf("  %-11s %s: %s (%s)%n", "runs in:", plan.runEnvironment().description(),
                        facts(plan.runEnvironment().facts()), where(entry, plan.runEnvironment().fromLocation()));
            } else if (plan.origin().kind() != dev.cgoguard.plan.PlanOrigin.Kind.DOCKERFILE) {
                out.printf("  %-11s %s%n", "runs in:", "unknown: nothing here says where the binary runs");
            } else {
                out.printf("  %-11s %s%n", "runs in:", "not copied into the image the Dockerfile builds");
            }
            out.println();
        }
    }

    private static void printReach(Entry entry, PackageReach reach, PrintWriter out) {
        for (ImportChain chain : reach.resolver()) {
            out.printf("  %-11s net resolver via %s%n", "reaches:", chain(entry, chain));
        }
        for (ImportChain chain : reach.userLookup()) {
            out.printf("  %-11s os/user via %s%n", "reaches:", chain(entry, chain));
        }
        reach.cgoPackages().forEach(p -> out.printf("  %-11s %s (import \"C\" at %s)%n", "cgo pkg:", p.importPath(),
                where(entry, p.importC())));
        if (!reach.unknownImports().isEmpty()) {
            out.printf("  %-11s %s%n", "unread:", String.join(" ", reach.unknownImports()));
        }
    }

    static String chain(Entry entry, ImportChain chain) {
        var last = chain.lastWorkspaceImport();
        String path = chain.stdPath().isEmpty() ? last.path() : String.join(" -> ", chain.stdPath());
        return where(entry, last.location()) + " " + path;
    }

    static String decision(Decision decision, String yes, String no) {
        String value = switch (decision.answer()) {
            case YES -> yes;
            case NO -> no;
            case UNKNOWN -> "unknown";
        };
        return value + " (" + decision.reason() + ")";
    }

    static String facts(ImageFacts facts) {
        if (!facts.known()) {
            return "unknown image";
        }
        String libc = facts.libc() == null ? "libc unknown" : facts.libc() + (facts.libcVersion() == null ? "" : " " + facts.libcVersion());
        return libc + (Boolean.TRUE.equals(facts.cCompiler()) ? ", C compiler" : "");
    }

    private static String where(Entry entry, SourceLocation location) {
        return entry.target().display(location.path()) + ":" + (location.range().start().line() + 1) + ":"
                + (location.range().start().column() + 1);
    }

    static void json(List<Entry> entries, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray plans = new JsonArray();
        for (Entry entry : entries) {
            plans.add(PlanJson.of(entry));
        }
        root.add("plans", plans);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
