package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixPolicyTest {
    private static final String MAKEFILE = "build:\n\tgo build -a -o app .\n";
    private static final WorkspaceFile FILE = new WorkspaceFile("Makefile", MakefileKind.KIND, new SourceText(MAKEFILE), 1);

    private static FileEdit edit(int column, int endColumn, String text) {
        return new FileEdit("Makefile", TextRange.of(1, column, 1, endColumn), text);
    }

    private static Finding finding(String rule, int column, Fix... fixes) {
        return new Finding(rule, Severity.WARNING, new SourceLocation("Makefile", TextRange.of(1, column, 1, 21)),
                rule + " message", List.of(), List.of(fixes));
    }

    private static String apply(FixPolicy.Selection selection) {
        return TextEdits.apply(MAKEFILE, selection.editsByPath().getOrDefault("Makefile", List.of())).text();
    }

    @Test
    void theAskedFindingsFixesComeFirstPreferredFirstAndTheIgnoreActionsLast() {
        Finding other = finding("obsolete-build-flag", 1, new Fix("Remove -a", true, List.of(edit(10, 13, ""))));
        Finding asked = finding("static-glibc-nss", 1, new Fix("Link with musl", false, List.of(edit(1, 1, "CC=musl-gcc "))),
                new Fix("Build with -tags netgo", true, List.of(edit(10, 10, "-tags netgo "))));
        List<String> titles = FixPolicy.offers(List.of(asked), List.of(other, asked), f -> Optional.of(FILE)).stream()
                .map(offer -> offer.finding().rule() + ": " + offer.fix().title()).toList();
        assertEquals(List.of("static-glibc-nss: Build with -tags netgo", "static-glibc-nss: Link with musl",
                "obsolete-build-flag: Remove -a",
                "static-glibc-nss: Ignore static-glibc-nss here (a cgoguard:ignore comment)",
                "obsolete-build-flag: Ignore obsolete-build-flag here (a cgoguard:ignore comment)"), titles);
    }

    @Test
    void aChosenAlternativeBecomesTheOnePreferredFixAndAnAbsentOneChangesNothing() {
        Finding finding = finding("static-glibc-nss", 1,
                new Fix("Build with -tags netgo", true, List.of(edit(10, 10, "-tags netgo ")), "tags"),
                new Fix("Link glibc dynamically", false, List.of(edit(10, 13, "")), "dynamic"));
        Finding chosen = FixPolicy.choose(finding, "dynamic");
        assertEquals(List.of(false, true), chosen.fixes().stream().map(Fix::preferred).toList());
        assertEquals("build:\n\tgo build -o app .\n", apply(FixPolicy.applicable(List.of(chosen))));
        assertEquals("Link glibc dynamically", FixPolicy.offers(List.of(chosen), List.of(), f -> Optional.empty()).get(0).fix().title());
        assertEquals(finding, FixPolicy.choose(finding, "musl"), "a remedy the finding does not offer leaves the rule's preference");
        assertEquals(finding, FixPolicy.choose(finding, null));
    }

    @Test
    void fixesThatTouchDifferentTextApplyTogether() {
        Finding a = finding("obsolete-build-flag", 1, new Fix("Remove -a", true, List.of(edit(10, 13, ""))));
        Finding b = finding("static-glibc-nss", 1, new Fix("Set CGO_ENABLED=0", true, List.of(edit(1, 1, "CGO_ENABLED=0 "))));
        FixPolicy.Selection selection = FixPolicy.applicable(List.of(b, a));
        assertEquals(2, selection.fixes().size());
        assertEquals("build:\n\tCGO_ENABLED=0 go build -o app .\n", apply(selection));
    }

    @Test
    void aFixOverlappingAnEarlierOneWaitsWholeForTheNextRound() {
        Finding first = finding("a-rule", 1, new Fix("Insert tags", true, List.of(edit(10, 10, "-tags netgo "))));
        Finding second = finding("b-rule", 1, new Fix("Insert tags and remove -a", true,
                List.of(edit(10, 10, "-tags timetzdata "), edit(13, 20, "-o bin"))));
        FixPolicy.Selection selection = FixPolicy.applicable(List.of(second, first));
        assertEquals(List.of("a-rule"), selection.fixes().stream().map(o -> o.finding().rule()).toList());
        assertEquals("build:\n\tgo build -tags netgo -a -o app .\n", apply(selection), "no part of the second fix is applied");
    }

    @Test
    void anEditTwoFixesBothMakeIsMadeOnce() {
        Fix cgoOff = new Fix("Set CGO_ENABLED=0", true, List.of(edit(1, 1, "CGO_ENABLED=0 ")));
        FixPolicy.Selection selection = FixPolicy.applicable(List.of(finding("a-rule", 1, cgoOff), finding("b-rule", 1, cgoOff)));
        assertEquals(2, selection.fixes().size());
        assertEquals("build:\n\tCGO_ENABLED=0 go build -a -o app .\n", apply(selection));
    }

    @Test
    void findingsWithoutAPreferredFixContributeNothing() {
        Finding unpreferred = finding("a-rule", 1, new Fix("Maybe", false, List.of(edit(1, 1, "X"))));
        assertEquals(true, FixPolicy.applicable(List.of(unpreferred, finding("b-rule", 1))).isEmpty());
    }
}
