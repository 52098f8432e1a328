package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.grammars.Language;
import dev.cgoguard.grammars.ReferenceGrammar;
import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.kinds.shell.ShellScriptKind;
import dev.cgoguard.kinds.workflow.GithubWorkflowKind;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fix of every finding in the fixtures — each alternative a rule offers, not only the
 * preferred one — applied alone: lint again, and the finding is gone, no new finding at warning or
 * above appears (no hazard traded for another), and the edited file parses as well as before.
 */
class FixRoundTripTest {
    @TempDir
    Path scratch;

    record Case(String fixture, int finding, int fix, String title, String rule, String alternative, FileKind kind) {
        @Override
        public String toString() {
            return fixture + " #" + finding + " fix " + fix + ": " + title;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Analyzer analyzer = new Analyzer();
        for (String fixture : Fixtures.names()) {
            Workspace workspace = new WorkspaceScanner().scan(Fixtures.root().resolve(fixture));
            List<Finding> findings = analyzer.analyze(workspace, AnalysisOptions.DEFAULTS).findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                String path = finding.location().path();
                FileKind kind = FileKind.classify(path, firstLine(Fixtures.root().resolve(fixture).resolve(path)));
                for (int j = 0; j < finding.fixes().size(); j++) {
                    Fix fix = finding.fixes().get(j);
                    cases.add(new Case(fixture, i, j, fix.title(), finding.rule(), fix.alternative(), kind));
                }
            }
        }
        return cases.stream();
    }

    /**
     * The fixtures prove every remedy a rule names: each alternative of each rule is applied on at
     * least one fixture, and the remedies of a static glibc build (static-glibc-nss) and of an
     * ignored -extldflags (ineffective-extldflags) in each file kind a go build is written in.
     */
    @Test
    void everyAlternativeOfEveryRuleIsAppliedOnSomeFixture() throws IOException {
        Set<String> applied = cases().map(c -> c.rule() + ":" + c.alternative()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            rule.fixAlternatives().forEach(a -> declared.add(rule.info().id() + ":" + a.id()));
        }
        declared.removeAll(applied);
        assertEquals(Set.of(), declared, "alternatives no fixture applies");
        Set<String> appliedInKind = cases().map(c -> c.rule() + ":" + c.alternative() + " in " + c.kind())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>();
        Map<String, List<String>> everyKind = Map.of("static-glibc-nss", List.of("tags", "musl", "dynamic"),
                "ineffective-extldflags", List.of("cgo-off", "external-link", "drop-flag"));
        everyKind.forEach((rule, alternatives) -> alternatives.forEach(alternative -> Stream.of(MakefileKind.KIND, ShellScriptKind.KIND,
                DockerfileKind.KIND, GithubWorkflowKind.KIND).map(kind -> rule + ":" + alternative + " in " + kind)
                .filter(key -> !appliedInKind.contains(key)).forEach(missing::add)));
        assertEquals(Set.of(), missing, "remedies no fixture applies in a file kind that can carry the build");
    }

    private static String firstLine(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file).lines().findFirst().orElse("") : "";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixRemovesTheFindingAndKeepsTheFileValid(Case c) throws IOException {
        Path project = Fixtures.copy(c.fixture(), scratch);
        Analyzer analyzer = new Analyzer();
        AnalysisResult before = analyzer.analyze(new WorkspaceScanner().scan(project), AnalysisOptions.DEFAULTS);
        Finding finding = before.findings().get(c.finding());
        Fix fix = finding.fixes().get(c.fix());
        assertFalse(fix.edits().isEmpty(), "a fix has edits");
        List<String> edited = apply(project, fix.edits());
        AnalysisResult after = analyzer.analyze(new WorkspaceScanner().scan(project), AnalysisOptions.DEFAULTS);
        assertTrue(after.findings().stream().noneMatch(f -> same(f, finding)),
                "the finding is gone after '" + fix.title() + "': " + after.findings());
        Map<String, Long> serious = seriousByRuleAndPath(before.findings());
        for (Map.Entry<String, Long> entry : seriousByRuleAndPath(after.findings()).entrySet()) {
            assertTrue(entry.getValue() <= serious.getOrDefault(entry.getKey(), 0L), "'" + fix.title() + "' adds a finding at warning"
                    + " or above (" + entry.getKey() + "): before " + before.findings() + " after " + after.findings());
        }
        for (String path : edited) {
            assertParsesAsWellAsBefore(Fixtures.root().resolve(c.fixture()).resolve(path), project.resolve(path), path);
        }
    }

    /** How many findings at warning or above each rule reports in each file (lines move when a fix inserts one). */
    private static Map<String, Long> seriousByRuleAndPath(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .collect(Collectors.groupingBy(f -> f.rule() + " in " + f.location().path(), Collectors.counting()));
    }

    private static boolean same(Finding a, Finding b) {
        return a.rule().equals(b.rule()) && a.location().path().equals(b.location().path())
                && a.location().range().start().line() == b.location().range().start().line();
    }

    /** Applies the edits, file by file, from the end backwards. */
    static List<String> apply(Path project, List<FileEdit> edits) throws IOException {
        List<String> paths = edits.stream().map(FileEdit::path).distinct().toList();
        for (String path : paths) {
            Path file = project.resolve(path);
            String text = Files.exists(file) ? Files.readString(file) : "";
            SourceText source = new SourceText(text);
            List<FileEdit> mine = new ArrayList<>(edits.stream().filter(e -> e.path().equals(path)).toList());
            mine.sort(Comparator.comparing((FileEdit e) -> e.range().start()).reversed());
            StringBuilder out = new StringBuilder(text);
            for (FileEdit edit : mine) {
                out.replace(source.offsetAt(edit.range().start()), source.offsetAt(edit.range().end()), edit.newText());
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        }
        return paths;
    }

    private static boolean parsesAsYaml(String text) {
        try {
            new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(text);
            return true;
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
            return false;
        }
    }

    static void assertParsesAsWellAsBefore(Path original, Path edited, String path) throws IOException {
        FileKind kind = FileKind.classify(path, Files.readString(edited).lines().findFirst().orElse(""));
        if (path.endsWith(".yml") || path.endsWith(".yaml")) {
            boolean yamlBefore = !Files.exists(original) || parsesAsYaml(Files.readString(original));
            assertTrue(!yamlBefore || parsesAsYaml(Files.readString(edited)), path + " was valid YAML before the fix and is not after it");
            return;
        }
        Language grammar = switch (kind.id()) {
            case "makefile" -> ReferenceGrammar.MAKE;
            case "dockerfile" -> ReferenceGrammar.DOCKERFILE;
            case "shell" -> Grammar.BASH;
            case "go" -> Grammar.GO;
            default -> null;
        };
        if (grammar == null) {
            return;
        }
        boolean errorBefore = Files.exists(original) && Parsers.parse(grammar, Files.readString(original)).root().hasError();
        boolean errorAfter = Parsers.parse(grammar, Files.readString(edited)).root().hasError();
        assertTrue(errorBefore || !errorAfter, path + " parsed cleanly before the fix and has syntax errors after it");
    }
}
