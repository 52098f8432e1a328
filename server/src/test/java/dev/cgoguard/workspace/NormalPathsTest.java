package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalPathsTest {
    @Test
    void onlyAPathWithoutEmptyDotOrDotDotPartsAndWithoutATrailingSlashIsNormal() {
        List<String> normal = List.of("", "/", "cmd", "cmd/app", "/usr/local/bin", ".github/workflows", "a/..b/c.", "/.x");
        List<String> notNormal = List.of("./cmd", "cmd/", "cmd//app", "cmd/./app", "cmd/../app", "..", ".", "/..", "//",
                "/usr/local/", "a/b/..");
        for (String path : normal) {
            assertTrue(NormalPaths.isNormal(path), path);
        }
        for (String path : notNormal) {
            assertFalse(NormalPaths.isNormal(path), path);
        }
    }
}
