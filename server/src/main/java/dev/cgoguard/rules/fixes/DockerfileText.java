package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
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
    private static final Pattern RUN = Pattern.compile("(?i)^\\s*RUN(\\s|$)");
    private static final java.util.Set<String> SEPARATORS = java.util.Set.of("&&", "||", ";", "|", "&");

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

    /**
     * Installs {@code pkg} with apt in the stage whose text runs from offset {@code stageStart} of the
     * Dockerfile's {@code text} to {@code commandOffset}, the go command that needs it: added to the
     * stage's last {@code apt-get install} (or {@code apt install}) before the command, or, when the
     * stage has none, installed by a new {@code RUN} line right before the instruction that holds the
     * command. No edit when the package is installed already.
     */
    public static List<FileEdit> installAptPackage(String path, String text, int stageStart, int commandOffset, String pkg) {
        SourceText file = new SourceText(text);
        int runStart = -1;
        int lastPackageEnd = -1;
        int first = file.positionAt(stageStart).line();
        int commandLine = file.positionAt(commandOffset).line();
        for (int line = first; line <= commandLine && line < file.lineCount(); line++) {
            if (line > 0 && SourceText.continuesOnNextLine(file.line(line - 1))) {
                continue;
            }
            if (!RUN.matcher(file.line(line)).find()) {
                continue;
            }
            runStart = file.lineStart(line);
            int end = line;
            while (end + 1 < file.lineCount() && SourceText.continuesOnNextLine(file.line(end))) {
                end++;
            }
            int bodyEnd = Math.min(file.lineEnd(end), Math.max(commandOffset, runStart));
            String body = text.substring(runStart, bodyEnd);
            List<CommandToken> tokens = CommandTokenizer.tokenize(body);
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).text();
                if (!(word.equals("apt-get") || word.equals("apt")) || !startsCommand(tokens, i)) {
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).text().startsWith("-")) {
                    j++;
                }
                if (j >= tokens.size() || !tokens.get(j).text().equals("install")) {
                    continue;
                }
                int lastPackage = -1;
                for (j++; j < tokens.size() && !SEPARATORS.contains(tokens.get(j).text()); j++) {
                    String candidate = tokens.get(j).unquoted();
                    if (candidate.equals(pkg)) {
                        return List.of();
                    }
                    if (!candidate.startsWith("-")) {
                        lastPackage = j;
                    }
                }
                if (lastPackage >= 0) {
                    lastPackageEnd = runStart + tokens.get(lastPackage).end();
                }
            }
        }
        if (lastPackageEnd >= 0) {
            TextPosition at = file.positionAt(lastPackageEnd);
            return List.of(new FileEdit(path, new TextRange(at, at), " " + pkg));
        }
        if (runStart < 0) {
            return List.of();
        }
        TextPosition at = file.positionAt(runStart);
        String line = file.line(at.line());
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return List.of(new FileEdit(path, new TextRange(at, at),
                indent + "RUN apt-get update && apt-get install -y --no-install-recommends " + pkg + "\n"));
    }

    private static boolean startsCommand(List<CommandToken> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String previous = tokens.get(i - 1).text();
        return SEPARATORS.contains(previous) || previous.equalsIgnoreCase("RUN") || previous.equals("sudo")
                || previous.startsWith("--mount") || previous.startsWith("--network") || previous.contains("=");
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
