package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import org.treesitter.TSNode;

/** The body of a {@code <<EOF} redirection; {@code literal} when the delimiter was quoted (no expansion). */
record HereDocument(String body, boolean literal) {
    /** The first here-document of a redirected statement, or null. */
    static HereDocument of(SyntaxTree tree, TSNode redirected) {
        for (TSNode redirect : Children.named(redirected)) {
            if (!redirect.getType().equals("heredoc_redirect")) {
                continue;
            }
            String start = "";
            String body = "";
            for (TSNode part : Children.named(redirect)) {
                if (part.getType().equals("heredoc_start")) {
                    start = tree.text(part);
                } else if (part.getType().equals("heredoc_body")) {
                    body = tree.text(part);
                }
            }
            boolean literal = start.contains("'") || start.contains("\"") || start.contains("\\");
            return new HereDocument(body, literal);
        }
        return null;
    }
}
