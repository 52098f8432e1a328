package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits to a Dockerfile instruction as written: the image of a {@code FROM} line, a new
 * instruction inserted after it, the {@code --from} of a {@code COPY}. An image written through a
 * variable gets no edit rather than a wrong one.
 */
public final class DockerfileText {
    private static final Pattern FROM_IMAGE = Pattern.compile("(?i)^\\s*FROM(?:\\s+--\\S+)*\\s+(\\S+)");
    private static final Pattern COPY_FROM = Pattern.compile("--from=(\\S+)");

    private DockerfileText() {
    }

    /** The image of a {@code FROM} instruction as written, when it holds no variable. */
    public static Optional<String> image(String fromText) {
        Matcher m = FROM_IMAGE.matcher(fromText == null ? "" : fromText);
        if (!m.find() || m.group(1).contains("$") || m.group(1).startsWith("\\")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** Replaces the image of the {@code FROM} instruction at {@code from} (its text {@code fromText}). */
    public static Optional<FileEdit> replaceImage(SourceLocation from, String fromText, String newImage) {
        Matcher m = FROM_IMAGE.matcher(fromText == null ? "" : fromText);
        if (!m.find() || m.group(1).contains("$")) {
            return Optional.empty();
        }
        return Optional.of(new FileEdit(from.path(), new TextRange(SnippetPosition.of(from, fromText, m.start(1)),
                SnippetPosition.of(from, fromText, m.end(1))), newImage));
    }

    /** Inserts an instruction on its own line right after the instruction at {@code location}. */
    public static FileEdit insertAfter(SourceLocation location, String instruction) {
        TextPosition end = location.range().end();
        if (end.column() == 0 && end.line() > location.range().start().line()) {
            return new FileEdit(location.path(), new TextRange(end, end), instruction + "\n");
        }
        return new FileEdit(location.path(), new TextRange(end, end), "\n" + instruction);
    }

    /** The {@code --from} value of a {@code COPY} as written ({@code build}), when it holds no variable. */
    public static Optional<String> copyFrom(String copyText) {
        Matcher m = COPY_FROM.matcher(copyText == null ? "" : copyText);
        if (!m.find() || m.group(1).contains("$")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }
}
