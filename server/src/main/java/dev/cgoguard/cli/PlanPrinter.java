package dev.cgoguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanExplanation;
import dev.cgoguard.workspace.SourceLocation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints build plans for people (the core's explanation as text) and tools (JSON). */
final class PlanPrinter {
    record Entry(LintTarget target, BuildPlan plan) {
    }

    private PlanPrinter() {
    }

    /** The core's explanation of each plan as text, in the core's words: a headline, then one line per item. */
    static void text(List<Entry> entries, PrintWriter out) {
        for (Entry entry : entries) {
            BuildPlan plan = entry.plan();
            PlanExplanation explanation = PlanExplanation.of(plan);
            out.printf("%s  %s  (%s)%n", where(entry, plan.origin().location()), explanation.command(), explanation.origin());
            out.printf("  %-12s %s%n", "summary:", explanation.summary());
            for (PlanExplanation.Item item : explanation.items()) {
                out.printf("  %-12s %s%n", item.label() + ":", item.value());
            }
            out.println();
        }
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
