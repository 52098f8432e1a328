package dev.cgoguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.workspace.TextRange;
import java.io.PrintWriter;
import java.util.List;

/**
 * The stable JSON contract: {@code {"version":1,"findings":[{rule, severity, path, line, column,
 * endLine, endColumn, message, related:[{path, line, column, message}], fixes:[{title, preferred, alternative,
 * edits:[{path, line, column, endLine, endColumn, newText}]}]}]}}, lines and columns 1-based; a fix has
 * {@code alternative} (the name {@code --fix=RULE:ALTERNATIVE} chooses it by) when its rule offers several.
 */
final class JsonReporter implements Reporter {
    static final int VERSION = 1;

    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray array = new JsonArray();
        for (ReportedFinding reported : findings) {
            array.add(finding(reported));
        }
        root.add("findings", array);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject finding(ReportedFinding reported) {
        Finding f = reported.finding();
        JsonObject o = new JsonObject();
        o.addProperty("rule", f.rule());
        o.addProperty("severity", f.severity().id());
        o.addProperty("path", reported.displayPath());
        addRange(o, f.location().range());
        o.addProperty("message", f.message());
        JsonArray related = new JsonArray();
        for (RelatedLocation r : f.related()) {
            JsonObject ro = new JsonObject();
            ro.addProperty("path", reported.display(r.location().path()));
            ro.addProperty("line", r.location().range().start().line() + 1);
            ro.addProperty("column", r.location().range().start().column() + 1);
            ro.addProperty("message", r.message());
            related.add(ro);
        }
        o.add("related", related);
        JsonArray fixes = new JsonArray();
        for (Fix fix : f.fixes()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("title", fix.title());
            fo.addProperty("preferred", fix.preferred());
            if (fix.alternative() != null) {
                fo.addProperty("alternative", fix.alternative());
            }
            JsonArray edits = new JsonArray();
            for (FileEdit edit : fix.edits()) {
                JsonObject eo = new JsonObject();
                eo.addProperty("path", reported.display(edit.path()));
                addRange(eo, edit.range());
                eo.addProperty("newText", edit.newText());
                edits.add(eo);
            }
            fo.add("edits", edits);
            fixes.add(fo);
        }
        o.add("fixes", fixes);
        return o;
    }

    private static void addRange(JsonObject o, TextRange range) {
        o.addProperty("line", range.start().line() + 1);
        o.addProperty("column", range.start().column() + 1);
        o.addProperty("endLine", range.end().line() + 1);
        o.addProperty("endColumn", range.end().column() + 1);
    }
}
