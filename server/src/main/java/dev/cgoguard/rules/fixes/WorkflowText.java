package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.Optional;

/** Edits to a GitHub Actions workflow as written: a step inserted before the step that runs a command. */
public final class WorkflowText {
    private WorkflowText() {
    }

    /**
     * Inserts a step named {@code name} that runs {@code run} right before the step whose
     * {@code run:} holds the character at {@code offset} of the workflow's text, at that step's
     * indentation. Empty when no step item ({@code - …}) is found above it.
     */
    public static Optional<FileEdit> insertStepBefore(String path, String text, int offset, String name, String run) {
        SourceText file = new SourceText(text);
        int commandLine = file.positionAt(offset).line();
        int commandIndent = indentation(file.line(commandLine));
        for (int line = commandLine; line >= 0; line--) {
            String content = file.line(line);
            String stripped = content.stripLeading();
            int indent = content.length() - stripped.length();
            boolean item = stripped.startsWith("- ") || stripped.equals("-");
            if (item && (line == commandLine || indent < commandIndent)) {
                String pad = content.substring(0, indent);
                return Optional.of(new FileEdit(path, TextRange.of(line, 0, line, 0),
                        pad + "- name: " + name + "\n" + pad + "  run: " + run + "\n"));
            }
            if (line < commandLine && !stripped.isEmpty() && !stripped.startsWith("#") && indent < commandIndent
                    && stripped.matches("[A-Za-z_-]+:.*") && indent == 0) {
                return Optional.empty(); // reached a top-level key: not inside a list of steps
            }
        }
        return Optional.empty();
    }

    private static int indentation(String line) {
        return line.length() - line.stripLeading().length();
    }
}
