package dev.cgoguard.kinds.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BakeFileTest {
    private static Map<String, BakeFile.Target> targets(String hcl) throws HclReader.HclException {
        return BakeFile.of(HclReader.body(hcl)).targets().stream().collect(Collectors.toMap(BakeFile.Target::name, t -> t));
    }

    private static String arg(BakeFile.Target target, String name) {
        return HclValue.text(target.args().get(name));
    }

    @Test
    void targetsInheritArgsNameByNameAndVariablesTakeTheirDefaults() throws Exception {
        Map<String, BakeFile.Target> targets = targets("""
                variable "DOCKER_STATIC" {
                  default = "1"
                }
                variable "USE_GLIBC" { default = "" }
                # a comment
                target "_common" {
                  args = {
                    DOCKER_STATIC = DOCKER_STATIC
                    BASE = USE_GLIBC == "1" ? "debian" : "alpine" // the base image
                    VERSION = "v${DOCKER_STATIC}.0"
                  }
                }
                target "binary" {
                  inherits = ["_common"]
                  target = "binary"
                  output = [bindir(DOCKER_STATIC == "1" ? "binary" : "dynbinary")]
                }
                target "dynbinary" {
                  inherits = ["binary"]
                  args = {
                    DOCKER_STATIC = "0"
                  }
                }
                """);
        assertEquals("1", arg(targets.get("binary"), "DOCKER_STATIC"));
        assertEquals("alpine", arg(targets.get("binary"), "BASE"));
        assertEquals("v1.0", arg(targets.get("binary"), "VERSION"));
        assertEquals("binary", HclValue.text(targets.get("binary").stage()));
        assertEquals("0", arg(targets.get("dynbinary"), "DOCKER_STATIC"));
        assertEquals("alpine", arg(targets.get("dynbinary"), "BASE"));
        assertEquals("binary", HclValue.text(targets.get("dynbinary").stage()), "the stage is inherited");
    }

    @Test
    void whatTheTextDoesNotTellIsUnknown() throws Exception {
        Map<String, BakeFile.Target> targets = targets("""
                variable "TAG" { default = null }
                target "t" {
                  args = {
                    A = upper("x")
                    B = [for v in ["a"] : v]
                    C = UNDEFINED
                    D = TAG
                    E = <<EOT
                hello ${TAG}
                EOT
                  }
                }
                """);
        BakeFile.Target t = targets.get("t");
        assertTrue(t.args().get("A") instanceof HclValue.Unknown);
        assertTrue(t.args().get("B") instanceof HclValue.Unknown);
        assertTrue(t.args().get("C") instanceof HclValue.Unknown);
        assertTrue(t.args().get("D") instanceof HclValue.Null, "a null default passes no argument");
        assertEquals("hello \n", arg(t, "E"));
        assertNull(t.dockerfile());
    }

    @Test
    void aJsonBakeFileIsReadAsOneExpression() throws Exception {
        List<BakeFile.Target> targets = BakeFile.ofJson(HclReader.expression("""
                {"variable": {"V": {"default": "x"}},
                 "target": {"app": {"dockerfile": "build/Dockerfile", "context": ".", "args": {"LDFLAGS": "-s -w", "N": 1}}}}
                """)).targets();
        assertEquals(1, targets.size());
        assertEquals("build/Dockerfile", HclValue.text(targets.get(0).dockerfile()));
        assertEquals("-s -w", arg(targets.get(0), "LDFLAGS"));
        assertEquals("1", arg(targets.get(0), "N"));
    }

    @Test
    void malformedOrHostileTextStopsWithTheReasonAndItsPlace() {
        HclReader.HclException unclosed = assertThrows(HclReader.HclException.class, () -> HclReader.body("target \"a\" {\n  args = {\n"));
        assertTrue(unclosed.getMessage().contains("not closed") || unclosed.getMessage().contains("expected"), unclosed.getMessage());
        HclReader.HclException string = assertThrows(HclReader.HclException.class, () -> HclReader.body("a = \"open\nb = 1\n"));
        assertEquals(4, string.offset);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a hang guard, not a speed test
            assertThrows(HclReader.HclException.class, () -> HclReader.body("a = " + "[".repeat(100_000)));
            assertThrows(HclReader.HclException.class, () -> HclReader.body("a = " + "!".repeat(100_000) + "true"));
            assertThrows(HclReader.HclException.class, () -> HclReader.expression("{\"a\":".repeat(50_000)));
        });
    }

    @Test
    void inheritanceLoopsAndSelfReferencesEnd() throws Exception {
        Map<String, BakeFile.Target> targets = targets("""
                variable "A" { default = B }
                variable "B" { default = A }
                target "x" {
                  inherits = ["y"]
                  args = { V = A }
                }
                target "y" { inherits = ["x"] }
                """);
        assertTrue(targets.get("x").args().get("V") instanceof HclValue.Unknown);
    }
}
