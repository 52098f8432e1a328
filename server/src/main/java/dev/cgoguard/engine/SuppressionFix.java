package dev.cgoguard.engine;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;

/**
 * The edit that silences one finding where it is: a {@code cgoguard:ignore} comment naming its rule,
 * with a reason for the author to write in place of the placeholder, in the comment syntax of the
 * file's kind. With {@code #} comments it is a comment line of its own above the finding's first line
 * (indented as that line, except in a Makefile, where a tab would make it a recipe line); in Go it
 * goes at the end of the line, because a comment line above {@code import "C"} would join the C
 * preamble; a kind without comments (JSON) gets none.
 * None is offered inside a line continuation, where a comment line would cut the command in two,
 * nor on a Go line that already has a comment.
 */
public final class SuppressionFix {
    static final String REASON_PLACEHOLDER = "TODO: say why this is safe here";

    private SuppressionFix() {
    }

    /** The fix for {@code finding}, whose primary location is in {@code file}. */
    public static Optional<Fix> of(Finding finding, WorkspaceFile file) {
        int line = finding.location().range().start().line();
        SourceText text = file.text();
        if (line >= text.lineCount()) {
            return Optional.empty();
        }
        String directive = SuppressionParser.MARKER + " " + finding.rule() + " -- " + REASON_PLACEHOLDER;
        String title = "Ignore " + finding.rule() + " here (a cgoguard:ignore comment)";
        String content = text.line(line);
        Optional<FileEdit> edit = switch (file.kind().comments()) {
            case SLASHES -> content.contains("//") || content.contains("/*") ? Optional.empty()
                    : Optional.of(new FileEdit(file.path(), TextRange.of(line, content.length(), line, content.length()),
                            " // " + directive));
            case HASH, HASH_UNINDENTED -> line > 0 && SourceText.continuesOnNextLine(text.line(line - 1))
                    ? Optional.empty()
                    : Optional.of(new FileEdit(file.path(), TextRange.of(line, 0, line, 0),
                            (file.kind().comments() == CommentSyntax.HASH_UNINDENTED ? "" : indentation(content)) + "# "
                                    + directive + "\n"));
            case NONE -> Optional.empty();
        };
        return edit.map(e -> new Fix(title, false, List.of(e)));
    }

    private static String indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
