package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the evaluator with GNU make itself ({@code make --dry-run}) on generated Makefiles. The
 * product never runs make; this test uses it as the oracle.
 */
class MakeDifferentialTest {
    static final int CASES = Integer.getInteger("make.differential.cases", 400);

    static boolean makeAvailable() {
        try {
            Process p = new ProcessBuilder("make", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** make's dry-run output lines, or null when make failed. */
    static List<String> dryRun(Path dir, String makefile, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("make", "--no-print-directory", "--dry-run", "-f", makefile));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        return Stream.of(out.split("\n", -1)).filter(l -> !l.startsWith("make: ") && !l.isEmpty())
                .collect(Collectors.toList());
    }

    static List<String> evaluated(Path dir, String makefile, Map<String, String> vars, List<String> goals) {
        MakeFixture fixture = new MakeFixture(dir);
        MakeEvaluation e = new MakeEvaluator(fixture.workspace(), Map.of("PATH", "/usr/bin:/bin"))
                .evaluate(makefile, vars, goals);
        List<String> out = new ArrayList<>();
        for (MakeCommandLine line : e.commands()) {
            out.addAll(List.of(line.command().split("\n", -1)));
        }
        return out;
    }

    @Test
    void generatedMakefilesAgreeWithGnuMake() throws Exception {
        assumeTrue(makeAvailable(), "GNU make is not installed: the differential test needs it as an oracle");
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (int seed = 1; seed <= CASES; seed++) {
            Path dir = Files.createTempDirectory("cgoguard-make-diff");
            try {
                MakefileGenerator generator = new MakefileGenerator(seed);
                // one file in seven runs each recipe in one shell: make prints the script's lines
                String text = (seed % 7 == 0 ? ".ONESHELL:\n" : "") + generator.makefile();
                Files.writeString(dir.resolve("Makefile"), text);
                Files.writeString(dir.resolve("inc.mk"), String.join("\n", generator.includeLines) + "\n");
                Map<String, String> vars = new LinkedHashMap<>();
                if (seed % 3 == 0) {
                    vars.put("CLI", seed % 2 == 0 ? "1" : "2");
                }
                if (seed % 5 == 0) {
                    vars.put("V1", "cli-value");
                }
                List<String> args = new ArrayList<>();
                vars.forEach((k, v) -> args.add(k + "=" + v));
                String goal = seed % 4 == 0 ? "t1" : "all";
                args.add(goal);
                List<String> expected = dryRun(dir, "Makefile", args);
                if (expected == null) {
                    continue;
                }
                compared++;
                List<String> actual = evaluated(dir, "Makefile", vars, List.of(goal));
                if (!expected.equals(actual)) {
                    disagreements.add("seed " + seed + " vars " + vars + " goal " + goal + "\n" + text
                            + "--- inc.mk:\n" + String.join("\n", generator.includeLines) + "\n--- make:\n" + String.join("\n", expected) + "\n--- evaluator:\n"
                            + String.join("\n", actual));
                }
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.out.println("make differential: " + compared + " of " + CASES + " generated Makefiles compared, "
                + disagreements.size() + " disagreements");
        assertTrue(compared > CASES * 3 / 4, "make accepted only " + compared + " of " + CASES + " generated files");
        assertEquals(0, disagreements.size(), disagreements.size() + " disagreements of " + compared + ", first:\n"
                + disagreements.stream().limit(3).collect(Collectors.joining("\n=====\n")));
    }
}
