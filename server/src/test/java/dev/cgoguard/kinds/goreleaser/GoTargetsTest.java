package dev.cgoguard.kinds.goreleaser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoTargetsTest {
    private static List<String> names(List<GoTargets.Target> targets) {
        return targets.stream().map(GoTargets.Target::toString).toList();
    }

    @Test
    void theMatrixLeavesOutIgnoredPairsAndPairsGoDoesNotSupport() {
        List<GoTargets.Target> matrix = GoTargets.matrix(List.of("linux", "darwin", "windows"), List.of("386", "amd64", "arm"),
                List.of(new GoTargets.Ignore("windows", "arm", false), new GoTargets.Ignore("linux", "arm", true)));
        assertEquals(List.of("linux/386", "linux/amd64", "linux/arm", "darwin/amd64", "windows/386", "windows/amd64"), names(matrix));
    }

    @Test
    void oneTargetPerOperatingSystemStandsForItsArchitecturesUnlessCgoIsOn() {
        List<GoTargets.Target> matrix = GoTargets.matrix(List.of("linux", "darwin"), List.of("arm64", "amd64"), List.of());
        assertEquals(List.of("linux/amd64", "darwin/amd64"), names(GoTargets.planned(matrix, false)));
        assertEquals(4, GoTargets.planned(matrix, true).size());
        assertEquals(List.of("linux/arm64", "linux/amd64", "darwin/amd64"),
                names(GoTargets.explicit(List.of("linux_arm64", "linux_amd64_v1", "darwin_amd64", "plan9_mips"))));
    }
}
