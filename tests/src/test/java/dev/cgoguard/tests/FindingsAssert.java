package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a lint JSON report with a fixture's expected.json. Every finding must match in rule,
 * severity, path and range; related locations by path and line; every fix in full (its title,
 * whether it is preferred, and the text it leaves, as a diff); the message where the expected
 * finding gives {@code "messageContains"} (each listed text must occur in it).
 * <p>
 * With {@code -Dcgoguard.updateExpected=true} the expected files are rewritten from the reports
 * instead (messageContains and related locations kept for the findings that are still there), for a
 * reviewer to read in the diff.
 */
final class FindingsAssert {
    static final boolean UPDATE = Boolean.getBoolean("cgoguard.updateExpected");

    private FindingsAssert() {
    }

    /** @param project the linted copy of the fixture (fixes are applied to its files) */
    static void assertMatches(String fixture, String expectedJson, String actualJson, Path project) {
        JsonObject expected = JsonParser.parseString(expectedJson).getAsJsonObject();
        JsonObject actual = JsonParser.parseString(actualJson).getAsJsonObject();
        assertEquals(1, actual.get("version").getAsInt(), "report version");
        JsonArray want = expected.getAsJsonArray("findings");
        JsonArray got = actual.getAsJsonArray("findings");
        assertEquals(summary(want), summary(got), fixture + ": findings (rule@path:line:col-endLine:endCol severity)");
        for (int i = 0; i < want.size(); i++) {
            JsonObject w = want.get(i).getAsJsonObject();
            JsonObject g = got.get(i).getAsJsonObject();
            if (w.has("messageContains")) {
                for (JsonElement text : w.getAsJsonArray("messageContains")) {
                    assertTrue(g.get("message").getAsString().contains(text.getAsString()),
                            fixture + ": message of finding " + i + " should contain '" + text.getAsString() + "' but was: "
                                    + g.get("message").getAsString());
                }
            }
            if (w.has("related")) {
                assertEquals(related(w), related(g), fixture + ": related locations of finding " + i);
                assertRelatedMessages(fixture + ": related location %d of finding " + i, w.getAsJsonArray("related"),
                        g.getAsJsonArray("related"));
            }
            assertTrue(w.has("fixes"), fixture + ": expected finding " + i + " stores its fixes");
            assertEquals(pretty(w.getAsJsonArray("fixes")), pretty(ExpectedFixes.of(g, project)),
                    fixture + ": fixes of finding " + i + " (" + g.get("rule").getAsString() + ")");
        }
    }

    /**
     * A related place of an expected finding may give {@code "messageContains"} (a text its message
     * must hold, such as {@code "and 3 more places"}) and {@code "messageOmits"} (one it must not).
     */
    private static void assertRelatedMessages(String what, JsonArray want, JsonArray got) {
        for (int r = 0; r < want.size(); r++) {
            JsonObject place = want.get(r).getAsJsonObject();
            String message = got.get(r).getAsJsonObject().get("message").getAsString();
            if (place.has("messageContains")) {
                assertTrue(message.contains(place.get("messageContains").getAsString()),
                        String.format(what, r) + " should contain '" + place.get("messageContains").getAsString() + "' but was: " + message);
            }
            if (place.has("messageOmits")) {
                assertTrue(!message.contains(place.get("messageOmits").getAsString()),
                        String.format(what, r) + " should not contain '" + place.get("messageOmits").getAsString() + "' but was: " + message);
            }
        }
    }

    /** Writes {@code expectedFile} anew from the report (see the class comment). */
    static void rewrite(Path expectedFile, String actualJson, Path project) throws IOException {
        Map<String, JsonObject> previous = new HashMap<>();
        if (Files.exists(expectedFile)) {
            for (JsonElement e : JsonParser.parseString(Files.readString(expectedFile)).getAsJsonObject().getAsJsonArray("findings")) {
                previous.put(key(e.getAsJsonObject()), e.getAsJsonObject());
            }
        }
        StringBuilder out = new StringBuilder("{\"version\":1,\"findings\":[");
        JsonArray findings = JsonParser.parseString(actualJson).getAsJsonObject().getAsJsonArray("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonObject g = findings.get(i).getAsJsonObject();
            JsonObject old = previous.get(key(g));
            JsonObject w = new JsonObject();
            for (String field : List.of("rule", "severity", "path", "line", "column", "endLine", "endColumn")) {
                w.add(field, g.get(field));
            }
            if (old != null && old.has("messageContains")) {
                w.add("messageContains", old.get("messageContains"));
            }
            JsonArray related = new JsonArray();
            JsonArray oldRelated = old != null && old.has("related") ? old.getAsJsonArray("related") : new JsonArray();
            for (JsonElement r : g.getAsJsonArray("related")) {
                JsonObject place = new JsonObject();
                place.add("path", r.getAsJsonObject().get("path"));
                place.add("line", r.getAsJsonObject().get("line"));
                if (related.size() < oldRelated.size()) {
                    JsonObject was = oldRelated.get(related.size()).getAsJsonObject();
                    for (String kept : List.of("messageContains", "messageOmits")) {
                        if (was.has(kept) && was.get("path").equals(place.get("path")) && was.get("line").equals(place.get("line"))) {
                            place.add(kept, was.get(kept));
                        }
                    }
                }
                related.add(place);
            }
            w.add("related", related);
            out.append(i == 0 ? "\n" : ",\n").append(' ').append(compact(w).replaceFirst("}$", ",\n  \"fixes\": "))
                    .append(fixes(ExpectedFixes.of(g, project))).append('}');
        }
        out.append("\n]}\n");
        Files.writeString(expectedFile, out.toString());
    }

    /** The fixes, one per line and each diff line on its own, so that the file reads as a review. */
    private static String fixes(JsonArray fixes) {
        if (fixes.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < fixes.size(); i++) {
            JsonObject fix = fixes.get(i).getAsJsonObject();
            out.append(i == 0 ? "\n" : ",\n").append("   {\"title\": ").append(compact(fix.get("title")))
                    .append(", \"preferred\": ").append(fix.get("preferred")).append(", \"diff\": {");
            List<String> paths = new ArrayList<>(fix.getAsJsonObject("diff").keySet());
            for (int p = 0; p < paths.size(); p++) {
                out.append(p == 0 ? "\n" : ",\n").append("     ").append(compact(new com.google.gson.JsonPrimitive(paths.get(p))))
                        .append(": [");
                JsonArray lines = fix.getAsJsonObject("diff").getAsJsonArray(paths.get(p));
                for (int l = 0; l < lines.size(); l++) {
                    out.append(l == 0 ? "\n" : ",\n").append("       ").append(compact(lines.get(l)));
                }
                out.append(']');
            }
            out.append("}}");
        }
        return out.append(']').toString();
    }

    private static String compact(JsonElement element) {
        return spaced(new GsonBuilder().disableHtmlEscaping().create().toJson(element));
    }

    /** A space after each ':' and ',' that separates JSON members, not inside strings. */
    private static String spaced(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            out.append(c);
            if (inString) {
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ':' || c == ',' && i + 1 < json.length() && json.charAt(i + 1) == '"') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static String pretty(JsonElement element) {
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(element);
    }

    private static String key(JsonObject f) {
        return f.get("rule").getAsString() + "@" + f.get("path").getAsString() + ":" + f.get("line").getAsInt() + ":"
                + f.get("column").getAsInt() + "-" + f.get("endLine").getAsInt() + ":" + f.get("endColumn").getAsInt();
    }

    private static List<String> summary(JsonArray findings) {
        List<String> lines = new ArrayList<>();
        for (JsonElement e : findings) {
            JsonObject f = e.getAsJsonObject();
            lines.add(key(f) + " " + f.get("severity").getAsString());
        }
        return lines;
    }

    private static List<String> related(JsonObject finding) {
        List<String> lines = new ArrayList<>();
        for (JsonElement e : finding.getAsJsonArray("related")) {
            JsonObject r = e.getAsJsonObject();
            lines.add(r.get("path").getAsString() + ":" + r.get("line").getAsInt());
        }
        return lines;
    }
}
