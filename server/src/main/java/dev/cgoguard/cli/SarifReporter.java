package dev.cgoguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.BuildInfo;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleDocs;
import dev.cgoguard.workspace.TextRange;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose driver lists every rule (with its page's first paragraph, the whole
 * page as help in text and Markdown, and its link) and whose results carry the findings with their
 * related locations and fixes. Paths are relative to {@code %SRCROOT%}, the folder reports are
 * shown relative to.
 */
final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        run.add("tool", tool(context, ruleIndex));
        JsonArray results = new JsonArray();
        for (ReportedFinding reported : findings) {
            results.add(result(reported, ruleIndex));
        }
        run.add("results", results);
        JsonObject base = new JsonObject();
        JsonObject srcroot = new JsonObject();
        srcroot.addProperty("uri", directoryUri(context));
        base.add(SRCROOT, srcroot);
        run.add("originalUriBaseIds", base);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
    }

    private static JsonObject tool(ReportContext context, Map<String, Integer> ruleIndex) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "cgoguard");
        driver.addProperty("version", context.version());
        driver.addProperty("informationUri", BuildInfo.current().repository());
        JsonArray rules = new JsonArray();
        for (Rule rule : context.rules().all()) {
            String id = rule.info().id();
            ruleIndex.put(id, rules.size());
            JsonObject r = new JsonObject();
            r.addProperty("id", id);
            r.addProperty("name", camelName(id));
            r.add("shortDescription", text(rule.info().summary()));
            String paragraph = RulePages.firstParagraph(id);
            r.add("fullDescription", text(paragraph.isEmpty() ? rule.info().summary() : paragraph));
            r.addProperty("helpUri", RuleDocs.url(id));
            RuleDocs.page(id).ifPresent(page -> {
                JsonObject help = new JsonObject();
                help.addProperty("text", page);
                help.addProperty("markdown", page);
                r.add("help", help);
            });
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(rule.info().defaultSeverity()));
            r.add("defaultConfiguration", configuration);
            rules.add(r);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        return tool;
    }

    private static JsonObject result(ReportedFinding reported, Map<String, Integer> ruleIndex) {
        Finding f = reported.finding();
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) {
            result.addProperty("ruleIndex", index);
        }
        result.addProperty("level", level(f.severity()));
        result.add("message", text(f.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(reported.displayPath(), f.location().range()));
        result.add("locations", locations);
        if (!f.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 0;
            for (RelatedLocation r : f.related()) {
                JsonObject location = location(reported.display(r.location().path()), r.location().range());
                location.addProperty("id", id++);
                location.add("message", text(r.message()));
                related.add(location);
            }
            result.add("relatedLocations", related);
        }
        if (!f.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Fix fix : f.fixes()) {
                fixes.add(fix(reported, fix));
            }
            result.add("fixes", fixes);
        }
        return result;
    }

    private static JsonObject fix(ReportedFinding reported, Fix fix) {
        Map<String, JsonArray> replacementsByFile = new LinkedHashMap<>();
        for (FileEdit edit : fix.edits()) {
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", region(edit.range()));
            JsonObject inserted = new JsonObject();
            inserted.addProperty("text", edit.newText());
            replacement.add("insertedContent", inserted);
            replacementsByFile.computeIfAbsent(reported.display(edit.path()), k -> new JsonArray()).add(replacement);
        }
        JsonArray changes = new JsonArray();
        replacementsByFile.forEach((path, replacements) -> {
            JsonObject change = new JsonObject();
            change.add("artifactLocation", artifact(path));
            change.add("replacements", replacements);
            changes.add(change);
        });
        JsonObject o = new JsonObject();
        o.add("description", text(fix.title()));
        o.add("artifactChanges", changes);
        if (fix.alternative() != null) {
            JsonObject properties = new JsonObject();
            properties.addProperty("alternative", fix.alternative());
            properties.addProperty("preferred", fix.preferred());
            o.add("properties", properties);
        }
        return o;
    }

    private static JsonObject location(String displayPath, TextRange range) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact(displayPath));
        physical.add("region", region(range));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    private static JsonObject artifact(String displayPath) {
        JsonObject artifact = new JsonObject();
        if (displayPath.startsWith("/")) {
            artifact.addProperty("uri", java.nio.file.Path.of(displayPath).toUri().toString());
        } else {
            artifact.addProperty("uri", relativeUri(displayPath));
            artifact.addProperty("uriBaseId", SRCROOT);
        }
        return artifact;
    }

    private static JsonObject region(TextRange range) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.start().line() + 1);
        region.addProperty("startColumn", range.start().column() + 1);
        region.addProperty("endLine", range.end().line() + 1);
        region.addProperty("endColumn", range.end().column() + 1);
        return region;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    /** {@code static-glibc-nss} becomes {@code StaticGlibcNss}, the style SARIF viewers show. */
    static String camelName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static String directoryUri(ReportContext context) {
        String uri = context.displayRoot().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
