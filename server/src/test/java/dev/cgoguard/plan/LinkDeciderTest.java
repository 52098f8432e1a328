package dev.cgoguard.plan;

import dev.cgoguard.host.Host;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.gopkg.GoImport;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.gopkg.PackageReach;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linking facts of knowledge/go-cgo-facts.md §4, one test each. */
class LinkDeciderTest {
    private static final SourceLocation MAIN_GO = new SourceLocation("main.go", TextRange.of(3, 1, 3, 6));
    private static final ImportChain NET = new ImportChain(List.of(new GoImport("net", MAIN_GO)), List.of("net"));
    private static final CgoPackage SQLITE = new CgoPackage("example.com/db", MAIN_GO, List.of(), List.of(), List.of());

    private static PackageReach reach(List<ImportChain> resolver, List<CgoPackage> cgo) {
        return new PackageReach(List.of("example.com/app"), resolver, List.of(), cgo, List.of(), List.of(), false,
                List.of(), "1.22", List.of(), List.of());
    }

    private static Decision[] decide(GoInvocation invocation, PackageReach reach) {
        Decision cgo = CgoDecider.decide(invocation, Platform.modelled(Host.DEFAULT), true, GoVersion.parse("1.22"));
        Decision external = LinkDecider.external(invocation, cgo, reach);
        return new Decision[] {external, LinkDecider.staticBinary(invocation, cgo, external, reach, GoVersion.parse("1.22"), "linux")};
    }

    @Test
    void pureGoWithNetLinksInternallyAndStaysDynamicDespiteExtldflags() {
        Decision[] d = decide(Invocations.goBuild().extldflags("-static").build(), reach(List.of(NET), List.of()));
        assertEquals(Answer.NO, d[0].answer());
        assertEquals(Answer.NO, d[1].answer());
        assertTrue(d[1].reason().contains("ignores -extldflags"), d[1].reason());
    }

    @Test
    void aCgoPackageOutsideStdMakesTheLinkExternalAndExtldflagsStatic() {
        Decision[] d = decide(Invocations.goBuild().extldflags("-static").build(), reach(List.of(NET), List.of(SQLITE)));
        assertEquals(Answer.YES, d[0].answer());
        assertTrue(d[0].reason().contains("example.com/db uses cgo"), d[0].reason());
        assertEquals(Answer.YES, d[1].answer());
    }

    @Test
    void linkmodeExternalMakesExtldflagsEffective() {
        Decision[] d = decide(Invocations.goBuild().linkMode("external").extldflags("-static").build(), reach(List.of(NET), List.of()));
        assertEquals(Answer.YES, d[0].answer());
        assertEquals(Answer.YES, d[1].answer());
    }

    @Test
    void externalWithoutStaticIsDynamic() {
        Decision[] d = decide(Invocations.goBuild().build(), reach(List.of(NET), List.of(SQLITE)));
        assertEquals(Answer.YES, d[0].answer());
        assertEquals(Answer.NO, d[1].answer());
    }

    @Test
    void cgoOffIsStaticWithInternalLinking() {
        Decision[] d = decide(Invocations.goBuild().env("CGO_ENABLED", "0").build(), reach(List.of(NET), List.of()));
        assertEquals(Answer.NO, d[0].answer());
        assertEquals(Answer.YES, d[1].answer());
    }

    @Test
    void pieWithoutCgoIsStillDynamic() {
        Decision[] d = decide(Invocations.goBuild().env("CGO_ENABLED", "0").buildMode("pie").build(), reach(List.of(), List.of()));
        assertEquals(Answer.NO, d[1].answer());
        assertTrue(d[1].reason().contains("dynamically linked PIE"), d[1].reason());
    }

    @Test
    void staticPieNeedsPieBuildModeAndExternalLinking() {
        Decision[] d = decide(Invocations.goBuild().buildMode("pie").linkMode("external").extldflags("-static-pie").build(),
                reach(List.of(NET), List.of()));
        assertEquals(Answer.YES, d[1].answer());
    }

    @Test
    void netgoAndOsusergoLeaveNoCgoCodeSoTheBinaryIsStatic() {
        Decision[] d = decide(Invocations.goBuild().tags("netgo", "osusergo").build(), reach(List.of(NET), List.of()));
        assertEquals(Answer.NO, d[0].answer());
        assertEquals(Answer.YES, d[1].answer());
    }

    @Test
    void sanitizersAndCBuildModesForceExternalLinking() {
        assertEquals(Answer.YES, decide(Invocations.goBuild().msan().build(), reach(List.of(), List.of()))[0].answer());
        assertEquals(Answer.YES, decide(Invocations.goBuild().buildMode("c-shared").build(), reach(List.of(), List.of()))[0].answer());
    }

    @Test
    void unknownCgoMakesTheLinkUnknown() {
        Decision[] d = decide(Invocations.goBuild().unknownEnv("CGO_ENABLED").extldflags("-static").build(), reach(List.of(NET), List.of()));
        assertEquals(Answer.UNKNOWN, d[0].answer());
        assertEquals(Answer.UNKNOWN, d[1].answer());
    }
}
