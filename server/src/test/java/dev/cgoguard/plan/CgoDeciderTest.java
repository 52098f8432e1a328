package dev.cgoguard.plan;

import dev.cgoguard.host.Host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CgoDeciderTest {
    private static final Optional<GoVersion> GO_1_22 = GoVersion.parse("1.22");

    @Test
    void explicitValueWins() {
        assertEquals(Answer.YES, CgoDecider.decide(Invocations.goBuild().env("CGO_ENABLED", "1").env("GOARCH", "arm64").build(),
                Platform.modelled(Host.DEFAULT), false, GO_1_22).answer());
        assertEquals(Answer.NO, CgoDecider.decide(Invocations.goBuild().env("CGO_ENABLED", "0").build(),
                Platform.modelled(Host.DEFAULT), true, GO_1_22).answer());
    }

    @Test
    void unknownValueIsUnknown() {
        Decision decision = CgoDecider.decide(Invocations.goBuild().unknownEnv("CGO_ENABLED").build(), Platform.modelled(Host.DEFAULT), true, GO_1_22);
        assertEquals(Answer.UNKNOWN, decision.answer());
        assertTrue(decision.reason().contains("$(shell ./detect)"), decision.reason());
    }

    @Test
    void crossCompileDefaultsToOffEvenWithCc() {
        Decision decision = CgoDecider.decide(Invocations.goBuild().env("GOARCH", "arm64").env("CC", "aarch64-linux-gnu-gcc").build(),
                Platform.modelled(Host.DEFAULT), true, GO_1_22);
        assertEquals(Answer.NO, decision.answer());
        assertTrue(decision.reason().contains("cross-compiling for linux/arm64"), decision.reason());
    }

    @Test
    void sameGoosAndGoarchAsTheHostIsNative() {
        assertEquals(Answer.YES, CgoDecider.decide(Invocations.goBuild().env("GOOS", "linux").env("GOARCH", "amd64").build(),
                Platform.modelled(Host.DEFAULT), true, GO_1_22).answer());
    }

    @Test
    void noCompilerTurnsCgoOffSinceGo120UnlessCcIsSet() {
        assertEquals(Answer.NO, CgoDecider.decide(Invocations.goBuild().build(), Platform.known("linux", "amd64"), false, GO_1_22).answer());
        assertEquals(Answer.YES, CgoDecider.decide(Invocations.goBuild().build(), Platform.known("linux", "amd64"), false,
                GoVersion.parse("1.19")).answer(), "before Go 1.20 cgo stayed on without a compiler");
        assertEquals(Answer.YES, CgoDecider.decide(Invocations.goBuild().env("CC", "/bin/false").build(),
                Platform.known("linux", "amd64"), false, GO_1_22).answer(), "any CC skips the PATH check");
    }

    @Test
    void hostBuildsNameTheModelledHost() {
        Decision decision = CgoDecider.decide(Invocations.goBuild().build(), Platform.modelled(Host.DEFAULT), null, Optional.empty());
        assertEquals(Answer.YES, decision.answer());
        assertTrue(decision.reason().contains("on the modelled host linux/amd64"), decision.reason());
    }
}
