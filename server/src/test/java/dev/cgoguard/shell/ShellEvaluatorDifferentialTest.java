package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the words the evaluator finds for the final {@code printf} of generated snippets with
 * what bash itself prints for them. Every variable is defined in the snippet, so every word must be
 * known and equal.
 */
class ShellEvaluatorDifferentialTest {
    private static final int GENERATED = 2500;

    @Test
    void generatedSnippetsExpandLikeBash() throws Exception {
        SnippetGenerator generator = new SnippetGenerator(20261123L);
        List<String> snippets = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            snippets.add(generator.next());
        }
        snippets.addAll(HAND_WRITTEN);
        List<String> disagreements = new ArrayList<>();
        int words = 0;
        Path emptyDirectory = Files.createTempDirectory("cgoguard-bash");
        for (String snippet : snippets) {
            List<String> expected = BashOracle.printedFields(snippet, emptyDirectory);
            List<String> actual = evaluatorFields(snippet);
            words += expected.size();
            if (!expected.equals(actual)) {
                disagreements.add(snippet + "\n   bash: " + show(expected) + "\n   ours: " + show(actual));
            }
        }
        System.out.println("differential: " + snippets.size() + " snippets, " + words + " words compared, "
                + disagreements.size() + " disagreements");
        disagreements.stream().limit(30).forEach(System.out::println);
        assertTrue(words > GENERATED, "the snippets printed words");
        assertEquals(0, disagreements.size(), "snippets where the evaluator and bash disagree");
    }

    private static final List<String> HAND_WRITTEN = List.of(
            "X='a  b'; f() { printf '%s\\0' \"$@\" $#; }; f $X \"$X\"",
            "X=1; X=2 Y=$X bash -c 'printf \"%s\\0\" \"$Y\" \"$X\"'",
            "set -a; X=exported; set +a; Y=plain; bash -c 'printf \"%s\\0\" \"$X\" \"$Y\"'",
            "export X=1; unset X; bash -c 'printf \"%s\\0\" \"${X-unset}\"'",
            "X=v; env -i Y=1 bash -c 'printf \"%s\\0\" \"${X-none}\" \"$Y\"'",
            "X=v; export X; env -u X bash -c 'printf \"%s\\0\" \"${X-none}\"'",
            "X=outer; ( X=inner; export X ); printf '%s\\0' \"$X\"",
            "V=x; if true; then :; fi; printf '%s\\0' \"$V\" \"${V/x/y z}\"",
            "L='-linkmode external -extldflags \"-static\"'; printf '%s\\0' -ldflags \"$L\" $L",
            "bash <<'EOF'\nX='q r'\nprintf '%s\\0' $X\nEOF",
            "X=1; bash <<EOF\nprintf '%s\\0' $X \\$X\nEOF",
            "set -- a 'b c'; printf '%s\\0' \"$@\" $* \"$*\" \"$2\" ${3-none}",
            "N=4; printf '%s\\0' $((N*3)) $(( N - 10 )) $((010))",
            "unset U; printf '%s\\0' \"${U:-}\" ${U:-} x\"\"y");

    private static List<String> evaluatorFields(String snippet) {
        List<SimpleCommand> commands = ShellEvaluator.evaluate(snippet);
        for (int i = commands.size() - 1; i >= 0; i--) {
            SimpleCommand command = commands.get(i);
            if (command.name().equals("printf")) {
                List<String> fields = new ArrayList<>();
                for (ShellWord word : command.argv().subList(2, command.argv().size())) {
                    fields.add(word.known() ? word.text() : "<UNKNOWN " + word.text() + ">");
                }
                // printf with no arguments still prints its format once
                return fields.isEmpty() ? List.of("") : fields;
            }
        }
        return List.of("<no printf>");
    }

    private static String show(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append('<').append(field.replace("\n", "\\n").replace("\t", "\\t")).append('>');
        }
        return text.toString();
    }
}
