package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cgoguard.shell.ShellValue;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DockerWordExpanderTest {
    private static final Map<String, ShellValue> VARS = Map.of("V", ShellValue.known("1.22"),
            "EMPTY", ShellValue.known(""), "OUT", ShellValue.unknown("build argument OUT has no default"));

    private static ShellValue expand(String word, char escape) {
        return DockerWordExpander.expand(word, escape, VARS::get);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "golang:$V|golang:1.22",
        "golang:${V}-alpine|golang:1.22-alpine",
        "${NOPE:-3.19}|3.19",
        "${EMPTY:-dflt}|dflt",
        "${EMPTY-dflt}|''",
        "${V:+set}|set",
        "${NOPE:+set}|''",
        "a${NOPE}b|ab",
        "\"$V x\"|1.22 x",
        "\\$V|$V",
        "${NOPE:-${V}}|1.22",
        "cost$|cost$"})
    void expandsLikeDockerfileWords(String word, String expected) {
        assertEquals(ShellValue.known(expected), expand(word, '\\'));
    }

    @Test
    void unknownValuesMakeTheWordUnknown() {
        ShellValue value = expand("golang:${OUT}", '\\');
        assertFalse(value.known());
        assertEquals("build argument OUT has no default", value.source());
        assertFalse(expand("${OUT:+x}${V}", '\\').known(), "whether OUT is set is not known");
    }

    @Test
    void singleQuotesKeepDollarSigns() {
        assertEquals(ShellValue.known("$V"), expand("'$V'", '\\'));
    }

    @Test
    void backtickIsTheEscapeWhenTheDirectiveSaysSo() {
        assertEquals(ShellValue.known("C:\\app\\$V"), expand("C:\\app\\`$V", '`'));
    }
}
