package dev.cgoguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.cgoguard.finding.Finding;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A Code Climate issue list as GitLab's code quality report reads it ({@code artifacts: reports:
 * codequality:}): {@code description}, {@code check_name} (the rule), {@code fingerprint},
 * {@code severity} and {@code location} with its {@code path} (from the current directory, the
 * project's root in a GitLab job) and {@code lines}. An error is {@code critical} (the build or the
 * binary fails), a warning {@code major}, info {@code minor} and a hint {@code info}. The fingerprint
 * hashes the rule, the path and the message, not the line, so that a finding keeps it when lines
 * above it move; identical findings in one file are told apart by their order.
 */
final class CodeClimateReporter implements Reporter {
    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        JsonArray issues = new JsonArray();
        Map<String, Integer> seen = new HashMap<>();
        for (ReportedFinding reported : findings) {
            Finding f = reported.finding();
            String path = reported.localPath();
            String identity = f.rule() + '\0' + path + '\0' + f.message();
            int occurrence = seen.merge(identity, 1, Integer::sum);
            JsonObject issue = new JsonObject();
            issue.addProperty("type", "issue");
            issue.addProperty("check_name", f.rule());
            issue.addProperty("description", f.message());
            JsonArray categories = new JsonArray();
            categories.add("Bug Risk");
            issue.add("categories", categories);
            issue.addProperty("severity", severity(f));
            issue.addProperty("fingerprint", fingerprint(identity + '\0' + occurrence));
            JsonObject lines = new JsonObject();
            lines.addProperty("begin", f.location().range().start().line() + 1);
            lines.addProperty("end", f.location().range().end().line() + 1);
            JsonObject location = new JsonObject();
            location.addProperty("path", path);
            location.add("lines", lines);
            issue.add("location", location);
            issues.add(issue);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues));
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            case HINT -> "info";
        };
    }

    static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
