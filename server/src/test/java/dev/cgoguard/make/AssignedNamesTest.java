package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The names a Makefile assigns, read by the line scanner, agree with the patterns that define them. */
class AssignedNamesTest {
    /** The definition, written as patterns: slow on large files, exact by construction. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            " *(?:[^\\t#=:\\n]*?:\\s*)?(?:(?:export|override|private)\\s+)*([A-Za-z0-9_.\\-]+)\\s*(?:=|:=|::=|\\+=|\\?=|!=)");
    private static final Pattern DEFINE = Pattern.compile("\\s*(?:(?:export|override|private)\\s+)*define\\s+([A-Za-z0-9_.\\-]+)");
    private static final List<String> PIECES = List.of("CC", "LDFLAGS", "a.b-c_1", " ", "  ", "\t", ":", "::", "=", ":=",
            "::=", "+=", "?=", "!=", "#", "export", "override", "private", "define", "build", "$(GO)", "-", "%", "\\",
            "x y", "\f", "endef", "$$");

    private static Set<String> byPatterns(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            Matcher a = ASSIGNMENT.matcher(line);
            if (a.lookingAt()) {
                names.add(a.group(1));
            }
            Matcher d = DEFINE.matcher(line);
            if (d.lookingAt()) {
                names.add(d.group(1));
            }
        }
        return names;
    }

    private static Set<String> byScanner(String text) {
        Set<String> names = new LinkedHashSet<>();
        AssignedNames.collect(text, names);
        return names;
    }

    @Test
    void readsTheUsualForms() {
        assertEquals(Set.of("GO", "LDFLAGS", "V", "CGO_ENABLED", "BODY", "TAGS", "X", "Y"), byScanner("""
                GO ?= go
                LDFLAGS := -s -w
                build: V = 1
                export CGO_ENABLED=0
                override define BODY
                endef
                \tNOT_THIS = 1
                # COMMENT = 1
                release debug: private TAGS += netgo
                X::=1
                Y != date
                """));
    }

    @Test
    void agreesWithThePatternsOnTwentyThousandGeneratedLines() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 20_000; line++) {
            int pieces = 1 + random.nextInt(7);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            text.append('\n');
        }
        assertEquals(byPatterns(text.toString()), byScanner(text.toString()));
    }
}
