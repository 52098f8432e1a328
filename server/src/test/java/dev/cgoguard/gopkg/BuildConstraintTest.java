package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BuildConstraintTest {
    private static final TagMatcher LINUX_CGO = new TagMatcher(BuildContext.linuxAmd64(Set.of(), true));
    private static final TagMatcher LINUX_NOCGO_TAGS = new TagMatcher(BuildContext.linuxAmd64(Set.of("netgo", "osusergo"), false));

    private static boolean holds(String expression, TagMatcher tags) {
        return BuildConstraint.parseGoBuild(expression).eval(tags);
    }

    @Test
    void evaluatesGoBuildExpressions() {
        assertTrue(holds("linux && cgo", LINUX_CGO));
        assertFalse(holds("linux && cgo", LINUX_NOCGO_TAGS));
        assertTrue(holds("(netgo && unix) || (unix && !cgo && !darwin)", LINUX_NOCGO_TAGS));
        assertFalse(holds("(netgo && unix) || (unix && !cgo && !darwin)", LINUX_CGO));
        assertTrue(holds("!windows", LINUX_CGO));
        assertTrue(holds("!!linux", LINUX_CGO));
        assertTrue(holds("go1.18 && !go1.99", LINUX_CGO));
        assertFalse(holds("ignore", LINUX_CGO));
        assertTrue(holds("gc && amd64", LINUX_CGO));
    }

    @Test
    void malformedExpressionsAreNull() {
        assertNull(BuildConstraint.parseGoBuild("linux &&"));
        assertNull(BuildConstraint.parseGoBuild("(linux"));
        assertNull(BuildConstraint.parseGoBuild("linux darwin"));
        assertNull(BuildConstraint.parseGoBuild(""));
        assertNull(BuildConstraint.parseGoBuild("(".repeat(5000) + "x" + ")".repeat(5000)), "deep nesting is bounded");
    }

    @Test
    void plusBuildOptionsAreOrOfAnds() {
        BuildConstraint c = BuildConstraint.parsePlusBuild("linux,386 darwin,!cgo");
        assertFalse(c.eval(LINUX_CGO));
        assertTrue(c.eval(new TagMatcher(new BuildContext("linux", "386", Set.of(), true, null))));
        assertTrue(c.eval(new TagMatcher(new BuildContext("darwin", "arm64", Set.of(), false, null))));
    }

    @Test
    void tagsFollowGoBuildsRules() {
        TagMatcher android = new TagMatcher(new BuildContext("android", "arm64", Set.of(), true, null));
        assertTrue(android.test("linux"));
        assertTrue(android.test("unix"));
        assertFalse(new TagMatcher(new BuildContext("windows", "amd64", Set.of(), true, null)).test("unix"));
        assertTrue(new TagMatcher(new BuildContext("illumos", "amd64", Set.of(), true, null)).test("solaris"));
        TagMatcher go119 = new TagMatcher(new BuildContext("linux", "amd64", Set.of(), true, "1.19.8"));
        assertTrue(go119.test("go1.19"));
        assertFalse(go119.test("go1.20"));
        assertTrue(LINUX_NOCGO_TAGS.test("osusergo"));
        assertFalse(LINUX_NOCGO_TAGS.test("cgo"));
        assertEquals(22, TagMatcher.minorOf("go1.22.3"));
    }

    @Test
    void fileNamesCarryPlatformConstraints() {
        TagMatcher linuxAmd64 = LINUX_CGO;
        assertTrue(FileNameRules.matchesPlatform("dns_linux.go", linuxAmd64));
        assertFalse(FileNameRules.matchesPlatform("dns_windows.go", linuxAmd64));
        assertTrue(FileNameRules.matchesPlatform("sys_linux_amd64.go", linuxAmd64));
        assertFalse(FileNameRules.matchesPlatform("sys_linux_arm64.go", linuxAmd64));
        assertFalse(FileNameRules.matchesPlatform("asm_arm64.go", linuxAmd64));
        assertTrue(FileNameRules.matchesPlatform("linux.go", linuxAmd64), "a name without _ has no constraint");
        assertTrue(FileNameRules.matchesPlatform("my_file.go", linuxAmd64));
        assertFalse(FileNameRules.matchesPlatform("x_windows_test.go", linuxAmd64));
        assertTrue(FileNameRules.matchesPlatform("x_unix.go", linuxAmd64), "unix is not a file-name constraint");
        assertTrue(FileNameRules.isExcludedName("main_test.go"));
        assertTrue(FileNameRules.isExcludedName("_gen.go"));
        assertTrue(FileNameRules.isExcludedName(".hidden.go"));
        assertFalse(FileNameRules.isExcludedName("main.go"));
    }
}
