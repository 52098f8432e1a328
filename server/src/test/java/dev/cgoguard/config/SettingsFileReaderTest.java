package dev.cgoguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileReaderTest {
    private final SettingsFileReader reader = new SettingsFileReader(Set.of("static-glibc-nss", "make-recursive-variable"));
    private final Path file = Path.of(".cgoguard.yaml");

    @TempDir
    Path tmp;

    @Test
    void readsEveryKey() {
        SettingsFile read = reader.parse(file, "rules:\n  static-glibc-nss: Warning\n  make-recursive-variable: off\n"
                + "build-args:\n  GO_VERSION: 1.22\nmake-vars: {STATIC: 1}\nexclude:\n  - vendor/**\n  - '*.mk'\ntarget: runtime\n"
                + "host: linux/arm64\ninclude-third-party: true\n");
        assertTrue(read.valid(), read.problems().toString());
        CgoguardSettings s = read.settings();
        assertEquals(Map.of("static-glibc-nss", "warning", "make-recursive-variable", "off"), s.rules());
        assertEquals(Map.of("GO_VERSION", "1.22"), s.buildArgs());
        assertEquals(Map.of("STATIC", "1"), s.makeVars());
        assertEquals(List.of("vendor/**", "*.mk"), s.exclude());
        assertEquals("runtime", s.target());
        assertEquals("linux/arm64", s.host());
        assertEquals(Boolean.TRUE, s.includeThirdParty());
    }

    @Test
    void aHostMustNameAGoPlatformAndTheThirdPartyChoiceABoolean() {
        SettingsFile read = reader.parse(file, "host: x86_64\ninclude-third-party: sometimes\n");
        assertEquals(List.of("1:7: bad host 'x86_64': use " + dev.cgoguard.host.Host.syntax(),
                "2:22: 'include-third-party' takes true or false, not 'sometimes'"),
                read.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
    }

    @Test
    void goSourcesNameGorootOrTheModuleCache() {
        SettingsFile read = reader.parse(file, "go-sources: [goroot, module-cache]\n");
        assertTrue(read.valid(), read.problems().toString());
        assertEquals(List.of("goroot", "module-cache"), read.settings().goSources());
        assertEquals(null, reader.parse(file, "target: runtime\n").settings().goSources(), "not said");
        SettingsFile bad = reader.parse(file, "go-sources:\n  - gopath\n  - vendor/go\n  - goroot\n");
        assertEquals(List.of("2:5: 'gopath' in 'go-sources' is neither goroot, module-cache nor an absolute folder",
                "3:5: 'vendor/go' in 'go-sources' is neither goroot, module-cache nor an absolute folder"),
                bad.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
    }

    @Test
    void theRepositorysOwnFileCannotWidenReadingToAFolder() {
        SettingsFile read = reader.parse(file, "go-sources: [goroot, /]\n");
        assertEquals(List.of("1:22: '/': a folder in 'go-sources' is taken only from --go-sources or the editor's settings,"
                + " not from the repository's own .cgoguard.yaml"),
                read.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
        assertTrue(!read.valid(), "a settings file with a problem is not applied");
    }

    @Test
    void aFixChoiceMustNameARuleAndOneOfItsFixes() {
        SettingsFileReader choosing = new SettingsFileReader(Set.of("static-glibc-nss", "make-recursive-variable"),
                new FixChoices(Map.of("static-glibc-nss", List.of("tags", "musl", "dynamic"), "make-recursive-variable", List.of())));
        SettingsFile read = choosing.parse(file, "fixes:\n  static-glibc-nss: dynamic\n");
        assertEquals(List.of(), read.problems());
        assertEquals(Map.of("static-glibc-nss", "dynamic"), read.settings().fixes());
        SettingsFile bad = choosing.parse(file, "fixes:\n  static-glibc-nss: static\n  make-recursive-variable: simple\n  nope: x\n");
        assertEquals(List.of(
                "2:21 the rule static-glibc-nss has no fix 'static' (its fixes: tags, musl, dynamic)",
                "3:28 the rule make-recursive-variable offers one fix, so there is no alternative to choose",
                "4:3 unknown rule 'nope'; 'cgoguard rules' lists them"),
                bad.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList());
    }

    @Test
    void anEmptyFileIsValid() {
        assertEquals(CgoguardSettings.EMPTY, reader.parse(file, "# nothing yet\n").settings());
    }

    @Test
    void problemsCarryLineAndColumn() {
        SettingsFile read = reader.parse(file, "rules:\n  nope: error\n  static-glibc-nss: [error]\nrulez: 1\nrules: {}\ntarget: [a]\n");
        assertEquals(List.of(
                "2:3: unknown rule 'nope'",
                "3:21: 'static-glibc-nss' takes a single value",
                "4:1: unknown key 'rulez'",
                "5:1: duplicate key 'rules'",
                "6:9: 'target' takes a single value"),
                read.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message().replaceAll(" \\(known.*|;.*", ""))
                        .toList());
    }

    @Test
    void aTopLevelListIsAProblem() {
        assertEquals(1, reader.parse(file, "- rules\n").problems().size());
    }

    @Test
    void theNearestFileIsFoundUpToTheGitRoot() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo/app/sub"));
        Files.createDirectories(tmp.resolve("repo/.git"));
        Files.writeString(tmp.resolve(".cgoguard.yaml"), "");
        assertTrue(SettingsFileLocator.nearest(repo).isEmpty());
        Files.writeString(tmp.resolve("repo/app/.cgoguard.yaml"), "");
        assertEquals(tmp.resolve("repo/app/.cgoguard.yaml"), SettingsFileLocator.nearest(repo).orElseThrow());
    }
}
