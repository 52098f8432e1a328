package dev.cgoguard.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.kinds.shell.ShellScriptKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A tree parsed from the previous version with the edit described gives the tree a fresh parse gives. */
class IncrementalReparseTest {
    private static final String SCRIPT = """
            #!/bin/sh
            set -eu
            # build the release binaries — für alle Plattformen 🚀
            for p in linux/amd64 linux/arm64; do
              GOOS=${p%/*} GOARCH=${p#*/} CGO_ENABLED=0 go build -o "dist/app-${p%/*}" ./cmd/app
            done
            if [ -n "${STATIC:-}" ]; then
              go build -ldflags '-linkmode external -extldflags "-static"' -o dist/app ./cmd/app
            fi
            """;
    private static final List<String> INSERTS = List.of("x", " ", "\n", "'", "\"", "$(", ")", "é", "🚀", "go build ",
            "-tags netgo ", "if true; then\n", "fi\n", "#", "\\\n", "${A:-b}", ";");

    @Test
    void randomEditsOfAScriptReparseToTheTreeOfAFreshParse() {
        Random random = new Random(11);
        String text = SCRIPT;
        SyntaxTree tree = Parsers.parse(Grammar.BASH, text);
        for (int edit = 0; edit < 300; edit++) {
            int start = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), start + random.nextInt(6));
            if (start > 0 && Character.isHighSurrogate(text.charAt(start - 1))) {
                start--;
            }
            if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            String insert = random.nextInt(3) == 0 ? "" : INSERTS.get(random.nextInt(INSERTS.size()));
            text = text.substring(0, start) + insert + text.substring(end);
            SourceText source = new SourceText(text);
            tree = Parsers.reparse(tree, source);
            assertEquals(Parsers.parse(Grammar.BASH, source).root().toString(), tree.root().toString(),
                    "after edit " + edit + " of the text:\n" + text);
        }
    }

    @Test
    void theChangeIsTheSpanBetweenTheCommonBeginningAndEnd() {
        assertEquals(new TextChange(9, 9, 12), TextChange.between(new SourceText("go -o bin ./..."), new SourceText("go -o binary ./...")));
        assertEquals(new TextChange(6, 9, 9), TextChange.between(new SourceText("go -o bin"), new SourceText("go -o out")));
        assertEquals(new TextChange(0, 0, 3), TextChange.between(new SourceText("abc"), new SourceText("xyzabc")));
        assertEquals(new TextChange(1, 3, 1), TextChange.between(new SourceText("a🚀"), new SourceText("a")));
        assertNull(TextChange.between(new SourceText("same"), new SourceText("same")));
    }

    @Test
    void theTreeCacheParsesANewVersionFromThePreviousTree() {
        TreeCache cache = new TreeCache();
        SyntaxTree first = cache.tree(new WorkspaceFile("build.sh", ShellScriptKind.KIND, new SourceText(SCRIPT), 1), Grammar.BASH);
        String edited = SCRIPT.replace("CGO_ENABLED=0 go build", "CGO_ENABLED=1 go build -race");
        SyntaxTree second = cache.tree(new WorkspaceFile("build.sh", ShellScriptKind.KIND, new SourceText(edited), 2), Grammar.BASH);
        assertEquals(Parsers.parse(Grammar.BASH, edited).root().toString(), second.root().toString());
        assertEquals(edited, second.source().text());
        assertEquals(SCRIPT, first.source().text());
    }
}
