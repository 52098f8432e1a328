package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.grammars.ReferenceGrammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSNode;

/**
 * Every Dockerfile of the corpus is read into exactly the instructions listed in its
 * {@code .expected} file (line, keyword, flags as written, heredoc delimiters, exec form), and no
 * instruction that tree-sitter-dockerfile recognises is missing.
 */
class DockerfileCorpusTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(DockerfileCorpusTest.class.getResource("/docker/corpus").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertTrue(files.size() >= 15, "corpus has " + files.size() + " Dockerfiles");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyInstructionIsRecoveredWithItsFlags(Path dockerfile) throws IOException {
        SourceText source = new SourceText(Files.readString(dockerfile, StandardCharsets.UTF_8));
        DockerfileSyntax syntax = DockerfileReader.read(source);
        List<String> expected = Files.readAllLines(Path.of(dockerfile.toString().replace(".Dockerfile", ".expected")))
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> actual = syntax.instructions().stream().map(DockerfileCorpusTest::describe).toList();
        assertEquals(expected, actual, dockerfile.getFileName().toString());
        assertEquals(List.of(), syntax.problems(), dockerfile.getFileName().toString());
        for (DockerInstruction instruction : syntax.instructions()) {
            assertEquals(instruction.keyword(), source.slice(instruction.keywordRange()).toUpperCase(Locale.ROOT));
            DockerInstruction inner = instruction.onbuild() != null ? instruction.onbuild() : instruction;
            for (DockerFlag flag : inner.flags()) {
                assertEquals("--" + flag.name() + (flag.hasValue() ? "=" + flag.value() : ""), source.slice(flag.range()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void noInstructionTreeSitterFindsIsLost(Path dockerfile) throws IOException {
        SourceText source = new SourceText(Files.readString(dockerfile, StandardCharsets.UTF_8));
        DockerfileSyntax syntax = DockerfileReader.read(source);
        SyntaxTree tree = Parsers.parse(ReferenceGrammar.DOCKERFILE, source);
        TSNode root = tree.root();
        for (int i = 0; i < root.getNamedChildCount(); i++) {
            TSNode node = root.getNamedChild(i);
            if (!node.getType().endsWith("_instruction") || node.hasError()) {
                continue;
            }
            int line = tree.range(node).start().line();
            String keyword = node.getType().replace("_instruction", "").toUpperCase(Locale.ROOT);
            assertTrue(syntax.instructions().stream().anyMatch(in -> in.line() == line
                    && (in.keyword().equals(keyword) || keyword.equals("CROSS_BUILD"))),
                    dockerfile.getFileName() + ": tree-sitter's " + keyword + " on line " + (line + 1));
        }
    }

    private static String describe(DockerInstruction instruction) {
        List<String> parts = new ArrayList<>();
        DockerInstruction shown = instruction;
        String keyword = instruction.keyword();
        if (instruction.onbuild() != null) {
            shown = instruction.onbuild();
            keyword += ":" + shown.keyword();
        }
        parts.add((instruction.line() + 1) + " " + keyword);
        for (DockerFlag flag : shown.flags()) {
            parts.add("--" + flag.name() + (flag.hasValue() ? "=" + flag.value() : ""));
        }
        for (DockerHeredoc heredoc : instruction.heredocs()) {
            parts.add("<<" + heredoc.delimiter());
        }
        if (shown.isExecForm()) {
            parts.add("json");
        }
        return String.join(" ", parts);
    }
}
