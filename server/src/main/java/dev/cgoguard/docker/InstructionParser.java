package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one logical Dockerfile line (continuations already joined) into keyword, leading
 * {@code --flags}, and arguments; decodes a JSON exec form; reads the instruction of an
 * {@code ONBUILD}.
 */
final class InstructionParser {
    private static final Set<String> EXEC_FORM_INSTRUCTIONS = Set.of("RUN", "CMD", "ENTRYPOINT", "COPY", "ADD",
            "SHELL", "VOLUME");

    private final char escape;

    InstructionParser(char escape) {
        this.escape = escape;
    }

    DockerInstruction parse(MappedText logical) {
        String s = logical.text();
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        String keyword = s.substring(0, i).toUpperCase(Locale.ROOT);
        int keywordEnd = i;
        i = skipSpace(s, i);
        List<DockerFlag> flags = new ArrayList<>();
        if (!keyword.equals("ONBUILD")) {
            while (i < s.length() && s.startsWith("--", i)) {
                int end = wordEnd(s, i);
                String word = s.substring(i + 2, end);
                if (word.isEmpty()) {
                    break;
                }
                int eq = word.indexOf('=');
                String name = eq < 0 ? word : word.substring(0, eq);
                String value = eq < 0 ? null : word.substring(eq + 1);
                flags.add(new DockerFlag(name, value, logical.fileRange(i, end)));
                i = skipSpace(s, end);
            }
        }
        int restEnd = s.length();
        while (restEnd > i && Character.isWhitespace(s.charAt(restEnd - 1))) {
            restEnd--;
        }
        MappedText rest = logical.sub(i, restEnd);
        List<DockerArgument> exec = EXEC_FORM_INSTRUCTIONS.contains(keyword) ? JsonStringArray.parse(rest) : null;
        List<DockerArgument> arguments = exec != null ? exec : words(rest);
        List<String> execForm = exec == null ? null : exec.stream().map(DockerArgument::text).toList();
        DockerInstruction onbuild = null;
        if (keyword.equals("ONBUILD") && rest.length() > 0) {
            onbuild = parse(rest);
        }
        return new DockerInstruction(keyword, logical.fileRange(0, keywordEnd), logical.fileRange(0, s.length()),
                List.copyOf(flags), rest, List.copyOf(arguments), execForm, List.of(), onbuild);
    }

    /** The words of a text, split at whitespace outside quotes, quotes kept. */
    List<DockerArgument> words(MappedText text) {
        String s = text.text();
        List<DockerArgument> words = new ArrayList<>();
        int i = skipSpace(s, 0);
        while (i < s.length()) {
            int end = wordEnd(s, i);
            words.add(new DockerArgument(s.substring(i, end), text.fileRange(i, end)));
            i = skipSpace(s, end);
        }
        return words;
    }

    /** The end of the word starting at {@code start}: the first whitespace outside quotes and escapes. */
    int wordEnd(String s, int start) {
        char quote = 0;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == escape && quote != '\'' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
