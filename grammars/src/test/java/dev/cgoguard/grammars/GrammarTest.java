package dev.cgoguard.grammars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

class GrammarTest {

    private static TSNode parse(Language grammar, String text) {
        TSParser parser = grammar.newParser();
        TSTree tree = parser.parseString(null, text);
        return tree.getRootNode();
    }

    private static List<String> namedChildTypes(TSNode node) {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < node.getNamedChildCount(); i++) {
            types.add(node.getNamedChild(i).getType());
        }
        return types;
    }

    @Test
    void goParsesImportsAndCgo() {
        TSNode root = parse(Grammar.GO, "package main\n\n// #include <stdio.h>\nimport \"C\"\nimport (\n\t\"net\"\n\t\"os/user\"\n)\n");
        assertEquals("source_file", root.getType());
        assertFalse(root.hasError());
        assertEquals(List.of("package_clause", "comment", "import_declaration", "import_declaration"), namedChildTypes(root));
    }

    @Test
    void bashParsesCommandsWithAssignments() {
        TSNode root = parse(Grammar.BASH, "CGO_ENABLED=0 go build -tags netgo -o bin/app ./cmd/app && echo done\n");
        assertFalse(root.hasError());
        assertEquals("list", root.getNamedChild(0).getType());
        assertEquals("command", root.getNamedChild(0).getNamedChild(0).getType());
    }

    @Test
    void dockerfileParsesStages() {
        TSNode root = parse(ReferenceGrammar.DOCKERFILE,
                "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.19\nCOPY --from=build /out/app /app\n");
        assertFalse(root.hasError());
        assertEquals(List.of("from_instruction", "run_instruction", "from_instruction", "copy_instruction"),
                namedChildTypes(root));
    }

    @Test
    void makeParsesRulesAndAssignments() {
        TSNode root = parse(ReferenceGrammar.MAKE, "LDFLAGS := -extldflags \"-static\"\n\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n");
        assertFalse(root.hasError());
        assertEquals(List.of("variable_assignment", "rule"), namedChildTypes(root));
    }

    @Test
    void brokenInputYieldsErrorNodesNotExceptions() {
        for (Language grammar : List.<Language>of(Grammar.GO, Grammar.BASH, ReferenceGrammar.MAKE, ReferenceGrammar.DOCKERFILE)) {
            TSNode root = parse(grammar, "((( \u0000 ]]] ifeq endef }}} FROM --=\n\t\"unterminated\n");
            assertTrue(root.hasError(), grammar + " should report an error in its tree");
        }
    }

    @Test
    void languagesAreLoadedOnce() {
        assertTrue(Grammar.GO.language() == Grammar.GO.language());
        assertTrue(ReferenceGrammar.MAKE.language() == ReferenceGrammar.MAKE.language());
    }
}
