package dev.cgoguard.engine;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the suppression comments of one file. A comment alone on its line silences the next line
 * that is not itself a comment; a comment after code silences its own line.
 */
final class SuppressionParser {
    static final String MARKER = dev.cgoguard.workspace.WorkspaceFile.SUPPRESSION_MARKER;

    private final Set<String> knownRules;

    SuppressionParser(Set<String> knownRules) {
        this.knownRules = knownRules;
    }

    List<Suppression> parse(String path, FileKind kind, String text) {
        if (!text.contains(MARKER)) {
            return List.of();
        }
        List<SourceComment> comments = CommentScanner.comments(kind, text);
        List<Suppression> suppressions = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            SourceComment comment = comments.get(i);
            String body = comment.body().strip();
            if (!body.startsWith(MARKER)) {
                continue;
            }
            int target = comment.wholeLine() ? nextCodeLine(comments, i) : comment.line();
            TextRange range = TextRange.of(comment.line(), comment.startColumn(), comment.line(), comment.endColumn());
            suppressions.add(read(new SourceLocation(path, range), target, body.substring(MARKER.length())));
        }
        return suppressions;
    }

    /** The line after a run of whole-line comments that starts at {@code index}. */
    private static int nextCodeLine(List<SourceComment> comments, int index) {
        int line = comments.get(index).line() + 1;
        for (int j = index + 1; j < comments.size(); j++) {
            SourceComment next = comments.get(j);
            if (next.line() != line || !next.wholeLine()) {
                break;
            }
            line++;
        }
        return line;
    }

    private Suppression read(SourceLocation where, int target, String rest) {
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return new Suppression(where, target, List.of(), null, "write 'cgoguard:ignore <rule> -- <reason>'");
        }
        int dashes = rest.indexOf("--");
        String idsPart = dashes < 0 ? rest : rest.substring(0, dashes);
        String reason = dashes < 0 ? "" : rest.substring(dashes + 2).strip();
        List<String> ids = Arrays.stream(idsPart.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            return new Suppression(where, target, ids, reason, "the suppression names no rule: write 'cgoguard:ignore <rule> -- <reason>'");
        }
        for (String id : ids) {
            if (!knownRules.contains(id)) {
                return new Suppression(where, target, ids, reason, "the suppression names an unknown rule '" + id + "'");
            }
        }
        if (reason.isEmpty()) {
            return new Suppression(where, target, ids, reason,
                    "the suppression of " + String.join(", ", ids) + " gives no reason: add '-- <why this is safe>'");
        }
        return new Suppression(where, target, ids, reason, null);
    }
}
