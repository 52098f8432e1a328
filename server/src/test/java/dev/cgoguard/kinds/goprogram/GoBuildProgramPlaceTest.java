package dev.cgoguard.kinds.goprogram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which Go files are looked at as build programs, by where they are. */
class GoBuildProgramPlaceTest {
    @Test
    void buildProgramsAreInTheirFoldersOrAtTheRoot() {
        Map<String, Boolean> expected = new TreeMap<>();
        expected.put("build/build.go", true);
        expected.put("build/ci.go", true);
        expected.put("internal/build/build.go", true);
        expected.put("scripts/release.go", true);
        expected.put("hack/script/gen.go", true);
        expected.put("tool/x.go", true);
        expected.put("cmd/tools/x.go", true);
        expected.put("ci/main.go", true);
        expected.put("build.go", true);
        expected.put("ci.go", true);
        expected.put("make.go", true);
        // not where build programs are
        expected.put("main.go", false);
        expected.put("cmd/build.go", false);
        expected.put("build/sub/x.go", false);
        expected.put("mytools/x.go", false);
        expected.put("tools2/x.go", false);
        expected.put("build/.go", false);
        expected.put("build/x.go.txt", false);
        expected.put("buildx/make.go", false);
        Map<String, Boolean> actual = new TreeMap<>();
        expected.keySet().forEach(path -> actual.put(path, GoBuildProgramKind.inPlace(path)));
        assertEquals(expected, actual);
    }
}
