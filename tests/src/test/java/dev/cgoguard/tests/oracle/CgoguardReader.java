package dev.cgoguard.tests.oracle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.cgoguard.cli.Main;
import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs cgoguard in-process on a row's project ({@code plan --format json} and
 * {@code lint --format json}) and reduces the reports to the facts the real build can confirm.
 */
final class CgoguardReader {
    /** One analyzer for all rows (its grammars and parsers are made once); rows are read one at a time. */
    private static final Analyzer ANALYZER = new Analyzer();

    private CgoguardReader() {
    }

    static CgoguardOutcome read(Path project) throws java.io.IOException {
        String planJson = run("plan", "--format", "json", project.toString());
        String lintJson = run("lint", "--format", "json", project.toString());
        JsonArray plans = JsonParser.parseString(planJson).getAsJsonObject().getAsJsonArray("plans");
        if (plans.size() != 1) {
            return CgoguardOutcome.unreadable("expected one plan for the Makefile recipe, found " + plans.size());
        }
        JsonObject plan = plans.get(0).getAsJsonObject();
        String cgo = value(plan, "cgo");
        List<String> tags = strings(plan.get("tags"));
        JsonObject reach = plan.has("reach") ? plan.getAsJsonObject("reach") : null;
        if (reach == null) {
            return CgoguardOutcome.unreadable("the plan has no package reach");
        }
        Set<String> lookups = new TreeSet<>();
        if ("yes".equals(cgo) && !reach.getAsJsonArray("resolver").isEmpty() && !tags.contains("netgo")) {
            lookups.add("resolver");
        }
        if ("yes".equals(cgo) && !reach.getAsJsonArray("userLookup").isEmpty() && !tags.contains("osusergo")) {
            lookups.add("user");
        }
        // libc is linked when cgo code is (net, os/user or a cgo package), or when the host's C linker
        // runs at all: it adds its crt1 and libc even to a binary without cgo code.
        boolean cgoCode = "yes".equals(cgo) && (!lookups.isEmpty() || !reach.getAsJsonArray("cgoPackages").isEmpty());
        String externalLink = value(plan, "externalLink");
        String libc = cgoCode || "yes".equals(externalLink) ? (linksMusl(project) ? "musl" : "glibc") : "none";
        return new CgoguardOutcome(value(plan, "static"), plan.getAsJsonObject("static").get("reason").getAsString(),
                externalLink, cgo, libc, lookups, reportedRules(lintJson), null);
    }

    /**
     * Whether cgoguard's plan links musl: the C compiler as it resolved it from the command
     * (CC=musl-gcc), or the libc of the build image (an -alpine stage). The plan JSON prints neither.
     */
    private static boolean linksMusl(Path project) throws java.io.IOException {
        AnalysisResult result = ANALYZER.analyze(new WorkspaceScanner().scan(project), AnalysisOptions.DEFAULTS);
        for (BuildPlan plan : result.plans()) {
            ShellValue cc = plan.invocation().envValue("CC");
            if (cc != null && cc.known() && cc.text().contains("musl")) {
                return true;
            }
            if (plan.buildEnvironment() != null && plan.buildEnvironment().facts() != null
                    && "musl".equals(plan.buildEnvironment().facts().libc())) {
                return true;
            }
        }
        return false;
    }

    /** The findings of {@code rule} in the project, with their fixes, as the analysis gives them. */
    static java.util.List<dev.cgoguard.finding.Finding> findings(Path project, String rule) throws java.io.IOException {
        return ANALYZER.analyze(new WorkspaceScanner().scan(project), AnalysisOptions.DEFAULTS).findings().stream()
                .filter(f -> f.rule().equals(rule)).toList();
    }

    private static Set<String> reportedRules(String lintJson) {
        Set<String> rules = new TreeSet<>();
        for (JsonElement finding : JsonParser.parseString(lintJson).getAsJsonObject().getAsJsonArray("findings")) {
            rules.add(finding.getAsJsonObject().get("rule").getAsString());
        }
        return rules;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException("cgoguard " + String.join(" ", args) + " exited " + exit + ": " + err);
        }
        return out.toString();
    }

    private static String value(JsonObject plan, String decision) {
        return plan.getAsJsonObject(decision).get("value").getAsString();
    }

    private static List<String> strings(JsonElement array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isJsonArray()) {
            array.getAsJsonArray().forEach(e -> values.add(e.getAsString()));
        }
        return values;
    }
}
