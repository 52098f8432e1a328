package dev.cgoguard.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedWordsTest {
    @Test
    void quotesGroupWordsAndBackslashKeepsTheNextCharacter() {
        assertEquals(List.of("-a", "-tags", "netgo osusergo static_build"),
                QuotedWords.split("-a -tags 'netgo osusergo static_build'"));
        assertEquals(List.of("-DNAME=a b", "-lfoo"), QuotedWords.split(" \"-DNAME=a b\"\t-lfoo "));
        assertEquals(List.of("-I/opt/my dir"), QuotedWords.split("-I/opt/my\\ dir"));
        assertEquals(List.of("--x=it's"), QuotedWords.split("--x=\"it's\""));
    }

    @Test
    void shellWordsKeepABackslashInSingleQuotesAndTakeQuotedTextAsOneWord() {
        assertEquals(List.of("make", "GO_LDFLAGS=-extldflags \"-static\"", "build"),
                QuotedWords.shell("make GO_LDFLAGS='-extldflags \"-static\"' build"));
        assertEquals(List.of("a\\b", "c\"d", "e f"), QuotedWords.shell("'a\\b' \"c\\\"d\" e\\ f"));
    }

    @Test
    void nothingGivesNoWords() {
        assertEquals(List.of(), QuotedWords.split(null));
        assertEquals(List.of(), QuotedWords.split("   "));
    }
}
