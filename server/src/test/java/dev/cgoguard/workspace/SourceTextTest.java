package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;

class SourceTextTest {
    @Test
    void positionsCountUtf16Units() {
        SourceText text = new SourceText("a\r\n😀b\nlast");
        assertEquals(new TextPosition(1, 2), text.positionAt(text.text().indexOf('b')));
        assertEquals("😀b", text.line(1));
        assertEquals("a", text.line(0), "a CR before LF is not part of the line");
        assertEquals(text.text().indexOf('l'), text.offsetAt(new TextPosition(2, 0)));
        assertEquals(text.length(), text.offsetAt(new TextPosition(9, 0)), "positions past the end are clamped");
    }

    @Test
    void treeSitterByteOffsetsMapToCharacters() {
        String go = "package main\n// é 😀 \u07ff \u0800\nimport \"net\"\n";
        SourceText text = new SourceText(go);
        SyntaxTree tree = Parsers.parse(Grammar.GO, text);
        TSNode importDecl = tree.root().getNamedChild(2);
        assertEquals("import_declaration", importDecl.getType());
        assertEquals("import \"net\"", tree.text(importDecl));
        assertEquals(TextRange.of(2, 0, 2, 12), tree.range(importDecl));
    }
}
