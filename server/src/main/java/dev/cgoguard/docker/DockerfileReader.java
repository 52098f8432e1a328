package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile into instructions the way BuildKit's line reader does: parser directives at
 * the very top, comment lines (also inside continuations), lines continued with the escape
 * character ({@code \} or a backtick), empty continuation lines, then heredoc bodies after the
 * line that opens them. Never drops an instruction: whatever a line holds becomes one.
 */
public final class DockerfileReader {
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9_-]*)\\s*=\\s*(.*?)\\s*");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");

    /**
     * Where an instruction was read from: the offset where its first line starts, the offset just
     * after the last line it took (the end of the text when that was the last line), its first line
     * and how many lines it took; {@code clean} when reading it found no problem.
     */
    record Span(int start, int end, int line, int lines, boolean clean) {
    }

    /** A text read: its instructions, and the span of each, in order. */
    record Reading(DockerfileSyntax syntax, List<Span> spans) {
    }

    private final SourceText source;
    private final Reading previous;
    private final List<DockerProblem> problems = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private int line;

    private DockerfileReader(SourceText source, Reading previous) {
        this.source = source;
        this.previous = previous;
    }

    /**
     * The instructions of a text. An evaluation reads a text once and keeps what it read with the
     * stages it evaluated from it (see {@link DockerfileEvaluator}).
     */
    public static DockerfileSyntax read(SourceText source) {
        return new DockerfileReader(source, null).readAll().syntax();
    }

    /**
     * The instructions of a text that is an edit of the one {@code previous} read (null: none): the
     * instructions the edit left as they were are taken from it, moved to where they now stand.
     */
    static Reading read(SourceText source, Reading previous) {
        return new DockerfileReader(source, previous).readAll();
    }

    private Reading readAll() {
        Map<String, String> directives = readDirectives();
        char escape = '\\';
        String escapeValue = directives.get("escape");
        if (escapeValue != null) {
            if (escapeValue.equals("`")) {
                escape = '`';
            } else if (!escapeValue.equals("\\")) {
                problems.add(new DockerProblem("invalid escape directive '" + escapeValue
                        + "': only \\ and ` are allowed", lineRange(0)));
            }
        }
        InstructionParser parser = new InstructionParser(escape);
        UnchangedInstructions unchanged = UnchangedInstructions.between(previous, source, escape);
        List<DockerInstruction> instructions = new ArrayList<>();
        int lines = source.lineCount();
        while (line < lines) {
            String trimmed = source.line(line).strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                line++;
                continue;
            }
            int first = line;
            int start = source.lineStart(first);
            int problemsBefore = problems.size();
            UnchangedInstructions.Taken taken = unchanged == null ? null : unchanged.at(start, first);
            if (taken != null) {
                instructions.add(taken.instruction());
                line = first + taken.lines();
            } else {
                MappedText logical = joinContinuations(escape);
                DockerInstruction instruction = parser.parse(logical);
                instructions.add(withHeredocs(instruction));
            }
            int end = line < lines ? source.lineStart(line) : source.length();
            spans.add(new Span(start, end, first, line - first, problems.size() == problemsBefore));
        }
        return new Reading(new DockerfileSyntax(source, directives, escape, List.copyOf(instructions), List.copyOf(problems)),
                List.copyOf(spans));
    }

    private Map<String, String> readDirectives() {
        Map<String, String> directives = new LinkedHashMap<>();
        while (line < source.lineCount()) {
            Matcher m = DIRECTIVE.matcher(source.line(line).strip());
            if (!m.matches()) {
                break;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!DIRECTIVES.contains(name) || directives.containsKey(name)) {
                break; // an unknown or repeated directive is a comment, and ends the directives
            }
            directives.put(name, m.group(2));
            line++;
        }
        return directives;
    }

    /** Joins the instruction starting at {@link #line} over its continuation lines. */
    private MappedText joinContinuations(char escape) {
        String text = source.text();
        MappedText.Builder joined = new MappedText.Builder(source);
        int endOffset = source.lineStart(line);
        boolean first = true;
        while (line < source.lineCount()) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            if (!first) {
                String trimmed = source.line(line).strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    line++; // an empty line or a comment inside a continuation is skipped
                    continue;
                }
            } else {
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            int contentEnd = end;
            while (contentEnd > start && (text.charAt(contentEnd - 1) == ' ' || text.charAt(contentEnd - 1) == '\t')) {
                contentEnd--;
            }
            line++;
            first = false;
            if (contentEnd > start && text.charAt(contentEnd - 1) == escape) {
                joined.appendFile(start, contentEnd - 1);
                endOffset = contentEnd;
                continue;
            }
            joined.appendFile(start, end);
            endOffset = end;
            break;
        }
        return joined.build(endOffset);
    }

    private DockerInstruction withHeredocs(DockerInstruction instruction) {
        if (!HEREDOC_INSTRUCTIONS.contains(instruction.keyword()) || instruction.isExecForm()) {
            return instruction;
        }
        List<HeredocMarker> markers = HeredocMarker.find(instruction.rest().text());
        if (markers.isEmpty()) {
            return instruction;
        }
        List<DockerHeredoc> heredocs = new ArrayList<>();
        for (HeredocMarker marker : markers) {
            heredocs.add(readHeredoc(marker));
        }
        TextRange last = heredocs.get(heredocs.size() - 1).range();
        TextRange range = new TextRange(instruction.range().start(), last.end());
        return new DockerInstruction(instruction.keyword(), instruction.keywordRange(), range, instruction.flags(),
                instruction.rest(), instruction.arguments(), null, List.copyOf(heredocs), instruction.onbuild());
    }

    private DockerHeredoc readHeredoc(HeredocMarker marker) {
        String text = source.text();
        MappedText.Builder body = new MappedText.Builder(source);
        int bodyStart = source.lineStart(Math.min(line, source.lineCount() - 1));
        if (line >= source.lineCount()) {
            bodyStart = text.length();
        }
        int rangeEnd = bodyStart;
        boolean terminated = false;
        while (line < source.lineCount()) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            int contentStart = start;
            if (marker.stripTabs()) {
                while (contentStart < end && text.charAt(contentStart) == '\t') {
                    contentStart++;
                }
            }
            line++;
            rangeEnd = end;
            if (text.substring(contentStart, end).equals(marker.delimiter())) {
                terminated = true;
                break;
            }
            body.appendFile(contentStart, end);
            body.append('\n', end);
        }
        if (!terminated) {
            problems.add(new DockerProblem("heredoc <<" + marker.delimiter() + " is not closed before the end of the file",
                    source.range(bodyStart, rangeEnd)));
        }
        MappedText mapped = body.build(body.length() == 0 ? bodyStart : rangeEnd);
        return new DockerHeredoc(marker.delimiter(), marker.quoted(), marker.stripTabs(), mapped,
                source.range(bodyStart, rangeEnd), terminated);
    }

    private TextRange lineRange(int l) {
        return source.range(source.lineStart(l), source.lineEnd(l));
    }
}
