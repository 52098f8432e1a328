package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteSearchTest {
    private static boolean found(String needle, String haystack) {
        return new ByteSearch(needle).foundIn(haystack.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheNeedleAnywhereAndOnlyWhole() {
        assertTrue(found("cgoguard:ignore", "cgoguard:ignore at the start"));
        assertTrue(found("cgoguard:ignore", "at the end // cgoguard:ignore"));
        assertTrue(found("cgoguard:ignore", "cgoguard:ignor cgoguard:ignore"));
        assertTrue(found("time.LoadLocation", "é ✓ time.LoadLocation(\"UTC\")"));
        assertFalse(found("cgoguard:ignore", "cgoguard:ignor"));
        assertFalse(found("cgoguard:ignore", "cgoguard ignore"));
        assertFalse(found("cgoguard:ignore", ""));
        assertTrue(found("a", "a"));
        assertFalse(found("ab", "a"));
    }
}
