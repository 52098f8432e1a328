package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The command line's conventions, checked through the shaded jar as users run it. */
class CommandLineTest {
    @TempDir
    Path scratch;

    @Test
    void pathsOpenFromTheCurrentDirectoryInTextGithubAndGnu() throws Exception {
        Path repo = Files.createDirectories(scratch.resolve("repo"));
        Fixtures.copy("static-cgo-net-user", repo);
        ShadedJarTest.Run text = ShadedJarTest.run(repo, "lint", "static-cgo-net-user");
        assertTrue(text.out().startsWith("static-cgo-net-user/Makefile:2:2: error: "), text.out());
        assertTrue(text.out().contains("\n    static-cgo-net-user/main.go:4:2: imports net"), text.out());
        ShadedJarTest.Run github = ShadedJarTest.run(repo, "lint", "--format", "github", "static-cgo-net-user");
        assertTrue(github.out().startsWith("::error file=static-cgo-net-user/Makefile,line=2,col=2,"), github.out());
        ShadedJarTest.Run gnu = ShadedJarTest.run(repo, "lint", "--format", "gnu", "static-cgo-net-user");
        assertTrue(gnu.out().startsWith("static-cgo-net-user/Makefile:2.2-49: error: "), gnu.out());
        assertTrue(gnu.out().contains("\nstatic-cgo-net-user/main.go:4.2-7: note: imports net"), gnu.out());
        ShadedJarTest.Run json = ShadedJarTest.run(repo, "lint", "--format", "json", "static-cgo-net-user");
        assertEquals("Makefile", findings(json.out()).get(0).getAsJsonObject().get("path").getAsString(),
                "the JSON contract keeps paths relative to the linted folder");
    }

    @Test
    void aSummaryLineEndsTheTextReport() throws Exception {
        Path project = Fixtures.copy("make-target-specific-static", scratch);
        ShadedJarTest.Run run = ShadedJarTest.run(project, "lint");
        List<String> lines = run.out().lines().toList();
        assertEquals("2 findings (1 error, 1 info) in 1 file", lines.get(lines.size() - 1), run.out());
        Path clean = Fixtures.copy("static-with-netgo-osusergo", scratch);
        assertEquals("", ShadedJarTest.run(clean, "lint").out(), "a clean lint prints nothing");
    }

    @Test
    void minSeverityHidesWhatIsBelowItAndSaysSo() throws Exception {
        Path project = Fixtures.copy("cgo-disabled-sqlite-docker", scratch);
        ShadedJarTest.Run all = ShadedJarTest.run(project, "lint", "--fail-on", "info");
        assertTrue(all.out().contains(": info: "), all.out());
        ShadedJarTest.Run errors = ShadedJarTest.run(project, "lint", "--min-severity", "error");
        assertFalse(errors.out().contains(": info: "), errors.out());
        assertTrue(errors.out().contains("Dockerfile:4:5: error: "), errors.out());
        assertTrue(errors.out().endsWith("1 finding (1 error) in 1 file; 1 below error not shown\n"), errors.out());
        ShadedJarTest.Run hidden = ShadedJarTest.run(project, "lint", "--min-severity", "error", "--disable", "cgo-required-but-disabled",
                "--fail-on", "info");
        assertEquals(0, hidden.exit(), "what is not shown does not fail the run: " + hidden.out());
        assertEquals(2, ShadedJarTest.run(project, "lint", "--min-severity", "loud").exit());
    }

    @Test
    void colorIsAutoAlwaysOrNever() throws Exception {
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        assertFalse(ShadedJarTest.run(project, "lint").out().contains("\u001b["), "auto: no colour into a pipe");
        ShadedJarTest.Run always = ShadedJarTest.run(project, Map.of("NO_COLOR", "1"), "lint", "--color=always");
        assertTrue(always.out().contains("\u001b[1;31merror:\u001b[0m"), always.out());
        assertFalse(ShadedJarTest.run(project, "lint", "--color", "never").out().contains("\u001b["));
        String terminal = onTerminal(project, Map.of("NO_COLOR", ""), "lint");
        assertTrue(terminal.contains("\u001b[1;31merror:"), "auto on a terminal: " + terminal);
        assertFalse(onTerminal(project, Map.of("NO_COLOR", "1"), "lint").contains("\u001b["), "NO_COLOR turns auto off");
        assertFalse(onTerminal(project, Map.of("NO_COLOR", ""), "lint", "--no-color").contains("\u001b["));
        assertEquals(2, ShadedJarTest.run(project, "lint", "--color=sometimes").exit());
    }

    @Test
    void fixAppliesTheFixesAtOrAboveTheFailOnLevel() throws Exception {
        Path project = Fixtures.copy("cgo-disabled-sqlite-docker", scratch);
        ShadedJarTest.Run fix = ShadedJarTest.run(project, "lint", "--fix");
        String fixed = Files.readString(project.resolve("Dockerfile"));
        assertTrue(fixed.contains("RUN CGO_ENABLED=1 go build -o /out/notes ."), fixed);
        assertTrue(fixed.startsWith("FROM golang:1.22 AS build\n"), "the info finding's fix is left alone: " + fixed);
        assertEquals(0, fix.exit(), fix.out() + fix.err());
        assertTrue(fix.err().contains("fixed: Dockerfile (1 edit)"), fix.err());

        ShadedJarTest.Run all = ShadedJarTest.run(project, "lint", "--fix", "--fix-level", "info");
        assertTrue(Files.readString(project.resolve("Dockerfile")).startsWith("FROM golang:1.27-bookworm AS build\n"), all.err());
    }

    @Test
    void diffExitsAsLintDoesAndChangesNothing() throws Exception {
        Path project = Fixtures.copy("cgo-disabled-sqlite-docker", scratch);
        String before = Files.readString(project.resolve("Dockerfile"));
        ShadedJarTest.Run diff = ShadedJarTest.run(project, "lint", "--diff");
        assertEquals(1, diff.exit(), "the error is still in the file: " + diff.err());
        assertTrue(diff.out().contains("+RUN CGO_ENABLED=1 go build -o /out/notes ."), diff.out());
        assertFalse(diff.out().contains("golang:1.27"), "only the fixes --fix would apply: " + diff.out());
        assertEquals(before, Files.readString(project.resolve("Dockerfile")));
        assertEquals(0, ShadedJarTest.run(project, "lint", "--diff", "--fail-on", "none").exit());
    }

    @Test
    void fixTogetherWithDiffIsRefusedInOneLine() throws Exception {
        Path project = Fixtures.copy("cgo-disabled-sqlite-docker", scratch);
        ShadedJarTest.Run run = ShadedJarTest.run(project, "lint", "--fix", "--diff");
        assertEquals(2, run.exit());
        assertEquals("cgoguard: --fix and --diff cannot be used together: --diff prints what --fix would write\n", run.err());
    }

    @Test
    void aPathWithNothingToLintIsNamedOnStderr() throws Exception {
        Path empty = Files.createDirectories(scratch.resolve("empty"));
        ShadedJarTest.Run none = ShadedJarTest.run(scratch, "lint", "empty");
        assertEquals(0, none.exit());
        assertEquals("", none.out());
        assertEquals("cgoguard: empty: nothing to lint: no build files and no Go packages\n", none.err());

        Files.writeString(empty.resolve("main.go"), "package main\n\nfunc main() {}\n");
        assertEquals("cgoguard: empty: nothing to lint: Go packages, but no build file (Makefile, Dockerfile, shell script,"
                + " CI workflow) that builds them\n", ShadedJarTest.run(scratch, "lint", "empty").err());

        Files.writeString(empty.resolve("Makefile"), "test:\n\techo testing\n");
        assertEquals("cgoguard: empty: nothing to lint: none of its 1 build file runs a go command that cgoguard can see\n",
                ShadedJarTest.run(scratch, "lint", "empty").err());

        Files.writeString(empty.resolve("notes.txt"), "nothing\n");
        assertEquals("cgoguard: empty/notes.txt: nothing to lint: not a build file or Go source that cgoguard reads\n",
                ShadedJarTest.run(scratch, "lint", "empty/notes.txt").err());
    }

    @Test
    void usageErrorsAreOneLineWithTheClosestCommandOrOption() throws Exception {
        ShadedJarTest.Run command = ShadedJarTest.run(scratch, "lnt");
        assertEquals(2, command.exit());
        assertEquals("cgoguard: unknown command 'lnt' (did you mean 'lint'?); 'cgoguard --help' lists the commands\n", command.err());
        ShadedJarTest.Run option = ShadedJarTest.run(scratch, "lint", "--formt", "json");
        assertEquals(2, option.exit());
        assertEquals("cgoguard: unknown option '--formt' for cgoguard lint (did you mean '--format'?); 'cgoguard lint --help' lists"
                + " the options\n", option.err());
        ShadedJarTest.Run value = ShadedJarTest.run(scratch, "lint", "--max-files", "many");
        assertEquals(2, value.exit());
        assertEquals(1, value.err().lines().count(), value.err());
        assertEquals("cgoguard: --format takes text, json, sarif, github, checkstyle, codeclimate or gnu, not 'yaml'\n",
                ShadedJarTest.run(scratch, "lint", "--format", "yaml").err());
    }

    @Test
    void outputIsUtf8WhateverTheLocaleAndAsciiOnATerminalThatCannotShowIt() throws Exception {
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        ShadedJarTest.Run piped = ShadedJarTest.run(project, Map.of("LANG", "C", "LC_ALL", "C"), "lint");
        assertTrue(piped.out().contains("(getpwuid_r, getgrouplist, \u2026)"), "UTF-8 into a pipe under LANG=C: " + piped.out());
        String terminal = onTerminal(project, Map.of("LANG", "C", "LC_ALL", "C", "NO_COLOR", "1"), "lint");
        assertTrue(terminal.contains("(getpwuid_r, getgrouplist, ...)"), "ASCII on a C-locale terminal: " + terminal);
        assertFalse(terminal.contains("?)"), terminal);
        String utf8Terminal = onTerminal(project, Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "NO_COLOR", "1"), "lint");
        assertTrue(utf8Terminal.contains("(getpwuid_r, getgrouplist, \u2026)"), utf8Terminal);
    }

    @Test
    void versionNamesTheCommitOfTheBuild() throws Exception {
        ShadedJarTest.Run run = ShadedJarTest.run(scratch, "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("cgoguard " + System.getProperty("cgoguard.version", "0.1.0").replace(".", "\\.")
                + " \\(commit [0-9a-f]{12}\\)\\n"), run.out());
        Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                .directory(Paths.get(System.getProperty("cgoguard.repositoryRoot", "..")).toFile()).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (git.waitFor() == 0) {
            assertTrue(run.out().contains("(commit " + head + ")"), run.out() + " built from " + head);
        }
    }

    @Test
    void checkstyleCodeClimateAndGnuReportsAreWhatTheirReadersExpect() throws Exception {
        Path project = Fixtures.copy("make-target-specific-static", scratch);
        ShadedJarTest.Run checkstyle = ShadedJarTest.run(project, "lint", "--format", "checkstyle");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(checkstyle.out().getBytes(StandardCharsets.UTF_8)));
        Element file = (Element) xml.getDocumentElement().getElementsByTagName("file").item(0);
        assertEquals("Makefile", file.getAttribute("name"));
        NodeList errors = file.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        Element second = (Element) errors.item(1);
        assertEquals("16", second.getAttribute("line"));
        assertEquals("2", second.getAttribute("column"));
        assertEquals("error", second.getAttribute("severity"));
        assertEquals("cgoguard.static-glibc-nss", second.getAttribute("source"));
        assertTrue(second.getAttribute("message").startsWith("this go build links glibc statically"));
        assertEquals("info", ((Element) errors.item(0)).getAttribute("severity"));

        ShadedJarTest.Run codeclimate = ShadedJarTest.run(project, "lint", "--format", "codeclimate");
        JsonArray issues = JsonParser.parseString(codeclimate.out()).getAsJsonArray();
        assertEquals(2, issues.size());
        JsonObject issue = issues.get(1).getAsJsonObject();
        assertEquals("static-glibc-nss", issue.get("check_name").getAsString());
        assertEquals("critical", issue.get("severity").getAsString());
        assertEquals("Makefile", issue.getAsJsonObject("location").get("path").getAsString());
        assertEquals(16, issue.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt());
        assertTrue(issue.get("fingerprint").getAsString().matches("[0-9a-f]{32}"));
        assertFalse(issue.get("fingerprint").getAsString().equals(issues.get(0).getAsJsonObject().get("fingerprint").getAsString()));
        assertEquals("minor", issues.get(0).getAsJsonObject().get("severity").getAsString());

        Files.writeString(project.resolve("Makefile"), "\n\n" + Files.readString(project.resolve("Makefile")));
        JsonArray moved = JsonParser.parseString(ShadedJarTest.run(project, "lint", "--format", "codeclimate").out()).getAsJsonArray();
        assertEquals(issue.get("fingerprint"), moved.get(1).getAsJsonObject().get("fingerprint"),
                "the fingerprint stays when lines above the finding move");

        ShadedJarTest.Run gnu = ShadedJarTest.run(project, "lint", "--format", "gnu");
        assertTrue(gnu.out().lines().anyMatch(l -> l.matches("Makefile:18\\.2-\\d+: error: this go build .* \\[static-glibc-nss]")), gnu.out());
    }

    @Test
    void oneRunWritesSeveralReports() throws Exception {
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        ShadedJarTest.Run run = ShadedJarTest.run(project, "lint", "--format", "github", "--format", "sarif:out/cgoguard.sarif",
                "--format", "checkstyle:checkstyle.xml");
        assertEquals(2, ShadedJarTest.run(project, "lint", "--format", "sarif:out/cgoguard.sarif").exit(),
                "a folder that does not exist is an error");
        Files.createDirectories(project.resolve("out"));
        run = ShadedJarTest.run(project, "lint", "--format", "github", "--format", "sarif:out/cgoguard.sarif",
                "--format", "checkstyle:checkstyle.xml");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().startsWith("::error file=Makefile,"), run.out());
        assertEquals(1, JsonParser.parseString(Files.readString(project.resolve("out/cgoguard.sarif"))).getAsJsonObject()
                .getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
        assertTrue(Files.readString(project.resolve("checkstyle.xml")).contains("source=\"cgoguard.static-glibc-nss\""));
        assertEquals(2, ShadedJarTest.run(project, "lint", "--format", "json", "--format", "text").exit(), "one report on stdout");
    }

    private static JsonArray findings(String json) {
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("findings");
    }

    /** What the jar prints on a terminal: run under util-linux script, which gives it a pseudo-terminal. */
    private static String onTerminal(Path directory, Map<String, String> env, String... args) throws Exception {
        StringBuilder command = new StringBuilder();
        command.append(quote(Paths.get(System.getProperty("java.home"), "bin", "java").toString())).append(" -jar ")
                .append(quote(ShadedJarTest.jar().toString()));
        for (String arg : args) {
            command.append(' ').append(quote(arg));
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command.toString(), "/dev/null").directory(directory.toFile())
                .redirectErrorStream(true);
        ShadedJarTest.change(builder, env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new String(out, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
