package dev.cgoguard.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.testing.TestProject;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No tree-sitter parse can hang a run: tree-sitter's bash parser takes time quadratic in the length
 * of a script of many lines with several here-documents each, and such a parse is given up at its
 * time limit or as soon as the run is cancelled, with the place it had reached.
 */
class ParseLimitTest {
    /** Four lines that take tree-sitter's bash parser time quadratic in how often they repeat. */
    private static final String SLOW_UNIT = "cat <<A <<B <<C\nA\nB\nC\n";

    @TempDir
    Path tmp;

    @Test
    void aSlowParseIsGivenUpAtItsLimitWithThePlaceItReached() {
        SourceText script = new SourceText("#!/bin/bash\n" + SLOW_UNIT.repeat(4_000));
        ParseCancelledException stopped = assertThrows(ParseCancelledException.class,
                () -> Parsers.parse(Grammar.BASH, script, null, 200));
        assertTrue(stopped.getMessage().contains("tree-sitter's bash parser took more than"), stopped.getMessage());
        assertTrue(stopped.charOffset() > 0 && stopped.charOffset() < script.length(), "stopped at " + stopped.charOffset());
    }

    @Test
    void anInterruptedRunStopsItsParse() {
        SourceText script = new SourceText("#!/bin/bash\n" + SLOW_UNIT.repeat(4_000));
        Thread.currentThread().interrupt();
        try {
            ParseCancelledException stopped = assertThrows(ParseCancelledException.class,
                    () -> Parsers.parse(Grammar.BASH, script, null, TimeUnit.MINUTES.toMillis(10)));
            assertEquals("the run was cancelled", stopped.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theParserStillWorksAfterAParseWasGivenUp() {
        assertThrows(ParseCancelledException.class,
                () -> Parsers.parse(Grammar.BASH, new SourceText(SLOW_UNIT.repeat(4_000)), null, 100));
        SyntaxTree tree = Parsers.parse(Grammar.BASH, new SourceText("go build ./cmd/é💥\n"));
        assertEquals("program", tree.root().getType());
        assertEquals("go build ./cmd/é💥", tree.text(tree.root().getChild(0)));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aScriptOfThirtyThousandSuchLinesIsReportedWhereParsingStoppedAndTheRunGoesOn() {
        TestProject project = new TestProject(tmp).module("1.22", "net")
                .file("slow.sh", "#!/bin/bash\n" + SLOW_UNIT.repeat(30_000))
                .file("build.sh", "#!/bin/sh\nCGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags -static' .\n");
        List<Finding> findings = project.findings();
        Finding stopped = project.only("analysis-incomplete");
        assertEquals("slow.sh", stopped.location().path());
        assertTrue(stopped.message().contains("stopped parsing this script here: tree-sitter's bash parser took more than "
                + ScanLimits.PARSE_MILLIS / 1000 + " s"), stopped.message());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("static-glibc-nss") && f.location().path().equals("build.sh")),
                "the other script is linted: " + findings);
    }
}
