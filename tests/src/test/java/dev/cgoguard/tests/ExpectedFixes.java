package dev.cgoguard.tests;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.cgoguard.engine.TextEdits;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixes of a finding of a JSON report as expected.json stores them: each fix's title, whether
 * it is preferred, and what it does to each file it edits, as the lines of a unified diff (one line
 * of context) of the file's text before and after the fix, so that a reviewer reads the resulting text.
 */
final class ExpectedFixes {
    private ExpectedFixes() {
    }

    /** @param project the linted copy of the fixture, whose files the edits apply to */
    static JsonArray of(JsonObject finding, Path project) {
        JsonArray fixes = new JsonArray();
        for (JsonElement element : finding.getAsJsonArray("fixes")) {
            JsonObject fix = element.getAsJsonObject();
            Map<String, List<FileEdit>> byPath = new LinkedHashMap<>();
            for (JsonElement e : fix.getAsJsonArray("edits")) {
                JsonObject edit = e.getAsJsonObject();
                String path = edit.get("path").getAsString();
                TextRange range = TextRange.of(edit.get("line").getAsInt() - 1, edit.get("column").getAsInt() - 1,
                        edit.get("endLine").getAsInt() - 1, edit.get("endColumn").getAsInt() - 1);
                byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(new FileEdit(path, range, edit.get("newText").getAsString()));
            }
            JsonObject diffs = new JsonObject();
            byPath.forEach((path, edits) -> diffs.add(path, diff(path, read(project.resolve(path)), edits)));
            JsonObject expected = new JsonObject();
            expected.addProperty("title", fix.get("title").getAsString());
            expected.addProperty("preferred", fix.get("preferred").getAsBoolean());
            expected.add("diff", diffs);
            fixes.add(expected);
        }
        return fixes;
    }

    private static JsonArray diff(String path, String before, List<FileEdit> edits) {
        String after = TextEdits.apply(before, edits).text();
        List<String> original = before.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, after.lines().toList());
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(path, path, original, patch, 1);
        JsonArray lines = new JsonArray();
        unified.stream().skip(2).forEach(lines::add); // the ---/+++ header names the file once more
        if (before.endsWith("\n") != after.endsWith("\n")) {
            lines.add(after.endsWith("\n") ? "(a final newline is added)" : "(the final newline is removed)");
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
