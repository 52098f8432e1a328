package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a lint JSON report with a fixture's expected.json. Every finding must match in rule,
 * severity, path and range; related locations by path and line; the message only where the
 * expected finding gives {@code "messageContains"} (each listed text must occur in it).
 */
final class FindingsAssert {
    private FindingsAssert() {
    }

    static void assertMatches(String fixture, String expectedJson, String actualJson) {
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
            }
            assertTrue(g.has("fixes") && g.get("fixes").isJsonArray(), fixture + ": every finding has a fixes array");
        }
    }

    private static List<String> summary(JsonArray findings) {
        List<String> lines = new ArrayList<>();
        for (JsonElement e : findings) {
            JsonObject f = e.getAsJsonObject();
            lines.add(f.get("rule").getAsString() + "@" + f.get("path").getAsString() + ":" + f.get("line").getAsInt() + ":"
                    + f.get("column").getAsInt() + "-" + f.get("endLine").getAsInt() + ":" + f.get("endColumn").getAsInt()
                    + " " + f.get("severity").getAsString());
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
