package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShellEvaluatorTest {
    private static List<SimpleCommand> run(String script) {
        return ShellEvaluator.evaluate(script);
    }

    private static SimpleCommand only(String script, String name) {
        List<SimpleCommand> found = run(script).stream().filter(c -> c.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> "commands named " + name + " in " + run(script));
        return found.get(0);
    }

    private static List<String> words(SimpleCommand command) {
        return command.argv().stream().map(ShellWord::text).collect(Collectors.toList());
    }

    @Test
    void prefixAssignmentIsOnlyForItsCommand() {
        List<SimpleCommand> commands = run("CGO_ENABLED=0 go build .\ngo vet");
        assertEquals(ShellValue.known("0"), commands.get(0).env().get("CGO_ENABLED"));
        assertFalse(commands.get(1).env().containsKey("CGO_ENABLED"));
    }

    @Test
    void plainAssignmentIsNotExportedButExportIs() {
        assertFalse(only("A=1; env", "env").env().containsKey("A"));
        assertEquals(ShellValue.known("1"), only("A=1; export A; env", "env").env().get("A"));
        assertEquals(ShellValue.known("2"), only("export A=2; env", "env").env().get("A"));
        assertEquals(ShellValue.known("3"), only("set -a; A=3; env", "env").env().get("A"));
        assertFalse(only("export A=2; unset A; env", "env").env().containsKey("A"));
        assertEquals(ShellValue.known("b c"), only("export \"A=b c\"; env", "env").env().get("A"));
        assertEquals(ShellValue.known("4"), only("declare -x A=4; env", "env").env().get("A"));
    }

    @Test
    void initialVariablesCountAsExportedAndAnAssignmentKeepsThemExported() {
        ShellState state = ShellState.of(Map.of("GOOS", ShellValue.known("linux")), "");
        SimpleCommand go = ShellEvaluator.evaluate(new SourceText("GOOS=darwin; go build"), state).get(0);
        assertEquals(ShellValue.known("darwin"), go.env().get("GOOS"));
    }

    @Test
    void envWrapperIsTakenOff() {
        SimpleCommand go = only("export X=1; env -i -- CGO_ENABLED=1 go build .", "go");
        assertEquals(List.of("go", "build", "."), words(go));
        assertEquals(Map.of("CGO_ENABLED", ShellValue.known("1")), go.env());
        SimpleCommand unset = only("export X=1 Y=2; env -u X go build", "go");
        assertEquals(Map.of("Y", ShellValue.known("2")), unset.env());
    }

    @Test
    void niceTimeoutStdbufAndIoniceAreTakenOff() {
        assertEquals(List.of("go", "build", "."), words(only("nice -n 10 go build .", "go")));
        assertEquals(List.of("go", "build", "."), words(only("nice -5 go build .", "go")));
        assertEquals(List.of("go", "build", "."), words(only("timeout --signal=KILL -k 5s 10m go build .", "go")));
        assertEquals(List.of("go", "build", "."), words(only("stdbuf -oL -e 0 go build .", "go")));
        assertEquals(List.of("go", "build", "."), words(only("ionice -c2 -n 7 go build .", "go")));
        assertEquals(ShellValue.known("0"), only("export CGO_ENABLED=0; nice go build .", "go").env().get("CGO_ENABLED"));
        assertEquals(List.of("nice", "--unknown-option", "go", "build"), words(only("nice --unknown-option go build", "nice")),
                "an option that is not understood leaves the wrapper as the command");
    }

    @Test
    void xargsRunsItsCommandWithTheArgumentsItReadsUnknown() {
        SimpleCommand appended = only("export CGO_ENABLED=0; echo ./cmd/app | xargs -r -n 1 go build -o bin/", "go");
        assertEquals(List.of("go", "build", "-o", "bin/", "<arguments xargs reads>"), words(appended));
        assertFalse(appended.argv().get(4).known());
        assertEquals(ShellValue.known("0"), appended.env().get("CGO_ENABLED"));

        SimpleCommand replaced = only("ls cmd | xargs -I{} go build -o bin/{} ./cmd/{}", "go");
        assertEquals(List.of("go", "build", "-o", "bin/{}", "./cmd/{}"), words(replaced));
        assertTrue(replaced.argv().get(2).known());
        assertFalse(replaced.argv().get(3).known());
        assertFalse(replaced.argv().get(4).known());

        assertTrue(run("xargs --no-such-option go build").stream().noneMatch(c -> c.name().equals("go")));
    }

    @Test
    void sudoResetsTheEnvironmentUnlessToldToKeepIt() {
        ShellValue reset = only("export CGO_ENABLED=0; sudo -u root go build .", "go").env().get("CGO_ENABLED");
        assertFalse(reset.known(), "sudoers decides what is kept: " + reset);
        assertEquals(ShellValue.known("0"), only("export CGO_ENABLED=0; sudo -E go build .", "go").env().get("CGO_ENABLED"));
        SimpleCommand listed = only("export CGO_ENABLED=0 CC=gcc; sudo --preserve-env=CC go build .", "go");
        assertEquals(ShellValue.known("gcc"), listed.env().get("CC"));
        assertFalse(listed.env().get("CGO_ENABLED").known());
        assertEquals(ShellValue.known("1"), only("export CGO_ENABLED=0; sudo CGO_ENABLED=1 go build .", "go").env().get("CGO_ENABLED"));
        assertTrue(run("sudo -i go build .").stream().noneMatch(c -> c.name().equals("go")), "sudo -i runs a login shell");
    }

    @Test
    void nestedShellStringIsEvaluatedWhereTheShellIsRun() {
        String script = "export CGO_ENABLED=0; sh -c 'cd cmd && go build -o \"$OUT\" .' ";
        SimpleCommand go = only(script, "go");
        SimpleCommand sh = run(script).stream().filter(c -> c.name().equals("sh")).findFirst().orElseThrow();
        assertEquals("cmd", go.workingDirectory());
        assertEquals(sh.range(), go.range(), "the go command stands where sh -c runs it");
        assertEquals(22, go.range().start().column());
        assertTrue(go.argv().stream().allMatch(w -> w.range() == null), "its words are not written in the script as such");
        assertEquals(ShellValue.known("0"), go.env().get("CGO_ENABLED"));
        assertFalse(go.argv().get(3).known(), "$OUT comes from outside");
    }

    @Test
    void workingDirectoryFollowsCd() {
        List<SimpleCommand> commands = run("cd src/app && make\ncd ../lib; make\ncd /src; make\ncd -; make\n"
                + "cd \"$(mktemp -d)\"; make\ncd /work; pushd sub; make; popd; make");
        List<String> dirs = commands.stream().filter(c -> c.name().equals("make")).map(SimpleCommand::workingDirectory)
                .collect(Collectors.toList());
        assertEquals(java.util.Arrays.asList("src/app", "src/lib", "/src", "src/lib", null, "/work/sub", "/work"), dirs);
    }

    @Test
    void subshellChangesDoNotLeak() {
        List<SimpleCommand> commands = run("(cd sub; export A=1; go build)\ngo test");
        assertEquals("sub", commands.get(1).workingDirectory());
        assertEquals("", commands.get(2).workingDirectory());
        assertFalse(commands.get(2).env().containsKey("A"));
    }

    @Test
    void commandSubstitutionStaysUnknown() {
        SimpleCommand go = only("VERSION=$(git describe --tags)\ngo build -ldflags \"-X main.v=$VERSION\" .", "go");
        ShellWord flags = go.argv().get(3);
        assertFalse(flags.known());
        assertTrue(flags.text().startsWith("-X main.v="), flags.text());
        assertTrue(go.argv().get(4).known());
    }

    @Test
    void variablesReadFromInputBecomeUnknown() {
        SimpleCommand go = only("V=dev; read -r V < version.txt; go build -ldflags \"-X main.v=$V\"", "go");
        assertFalse(go.argv().get(3).known());
        assertFalse(only("printf -v T '%s' x; go build -tags $T", "go").argv().get(3).known());
    }

    @Test
    void partlyKnownVariablesKeepTheirKnownParts() {
        SimpleCommand go = only("V=$(git describe --tags)\nLDFLAGS=\"-s -w -X main.version=${V}\"\n"
                + "go build -ldflags \"$LDFLAGS\" $LDFLAGS", "go");
        ShellWord quoted = go.argv().get(3);
        assertFalse(quoted.known());
        assertEquals("-s -w -X main.version=$(git describe --tags)", quoted.text());
        assertTrue(quoted.isKnown(0, 22));
        assertFalse(quoted.isKnown(22, 23));
        assertEquals(List.of("-s", "-w", "-X", "main.version=$(git describe --tags)"),
                go.argv().subList(4, 8).stream().map(ShellWord::text).toList());
        assertTrue(go.argv().get(4).known());
        assertFalse(go.argv().get(7).known());
    }

    @Test
    void outsideVariablesAreUnknownButDefaultsOfSetOnesAreKnown() {
        assertFalse(only("go build -o ${OUT:-bin/app}", "go").argv().get(3).known());
        assertEquals("bin/app", only("OUT=; go build -o ${OUT:-bin/app}", "go").argv().get(3).text());
    }

    @Test
    void wordRangesPointAtTheSource() {
        String script = "cd x\n  go build -o bin/app ./cmd/app";
        SimpleCommand go = only(script, "go");
        assertEquals(TextRange.of(1, 2, 1, 31), go.range());
        assertEquals(TextRange.of(1, 14, 1, 21), go.argv().get(3).range());
        SimpleCommand split = only("F='-a -b'; go build $F", "go");
        assertNull(split.argv().get(2).range());
    }

    @Test
    void loopsAndBranchesCarryTheirConditions() {
        List<SimpleCommand> commands = run("for os in linux darwin; do GOOS=$os go build; done\n"
                + "if [ \"$STATIC\" = 1 ]; then go build -a; else go build; fi\n"
                + "case \"$MODE\" in release) make rel;; esac\nwhile read f; do echo $f; done");
        assertEquals(List.of("inside a for loop over linux darwin"), texts(commands.get(0)));
        assertFalse(commands.get(0).env().get("GOOS").known());
        assertEquals(List.of("when [ \"$STATIC\" = 1 ] holds"), texts(commands.get(1)));
        assertEquals(List.of("when [ \"$STATIC\" = 1 ] does not hold"), texts(commands.get(2)));
        assertTrue(commands.get(1).conditions().get(0).complements(commands.get(2).conditions().get(0)));
        assertEquals("make", commands.get(3).name());
        assertTrue(texts(commands.get(3)).get(0).startsWith("in case release"));
        SimpleCommand echo = commands.stream().filter(c -> c.name().equals("echo")).findFirst().orElseThrow();
        assertTrue(texts(echo).get(0).startsWith("inside a while loop"));
    }

    private static List<String> texts(SimpleCommand command) {
        return command.conditions().stream().map(dev.cgoguard.condition.Condition::text).toList();
    }

    @Test
    void variablesSetOnOnlyOneBranchBecomeUnknown() {
        SimpleCommand go = only("export CGO_ENABLED=1\nif [ -n \"$S\" ]; then CGO_ENABLED=0; fi\ngo build", "go");
        assertFalse(go.env().get("CGO_ENABLED").known());
        SimpleCommand same = only("export C=1\nif x; then C=1; else C=1; fi\ngo build", "go");
        assertEquals(ShellValue.known("1"), same.env().get("C"));
    }

    @Test
    void functionsAreAnalysedWhereTheyAreCalled() {
        SimpleCommand go = only("build() { CGO_ENABLED=0 go build -o \"$1\" \"$2\"; }\nbuild bin/app ./cmd/app", "go");
        assertEquals(List.of("go", "build", "-o", "bin/app", "./cmd/app"), words(go));
        assertTrue(run("f() { f; }; f").isEmpty(), "recursion is bounded and a function call is not a command");
    }

    @Test
    void heredocIsACommandsBodyOnlyForAShell() {
        assertEquals(List.of("cat"), run("cat <<EOF\ngo build .\nEOF").stream().map(SimpleCommand::name).toList());
        List<String> names = run("X=1 bash <<'EOF'\ngo build .\nEOF").stream().map(SimpleCommand::name).toList();
        assertEquals(List.of("bash", "go"), names);
    }

    @Test
    void sourceIsRecordedAndLeavesTheEnvironmentOpen() {
        List<SimpleCommand> commands = run("go vet; . ./env.sh; go build; env -i go test");
        assertEquals(List.of("go", ".", "go", "go"), commands.stream().map(SimpleCommand::name).toList());
        assertTrue(commands.get(0).environmentComplete());
        assertFalse(commands.get(2).environmentComplete());
        assertTrue(commands.get(3).environmentComplete());
        assertFalse(only("export $(grep -v '^#' .env | xargs); go build", "go").environmentComplete());
    }

    @Test
    void evalOfKnownTextIsEvaluatedInTheSameShell() {
        SimpleCommand go = only("eval \"export CGO_ENABLED=0\"; eval go build -o out .", "go");
        assertEquals(ShellValue.known("0"), go.env().get("CGO_ENABLED"));
        assertEquals(List.of("go", "build", "-o", "out", "."), words(go));
        assertFalse(only("eval \"$(go env)\"; make", "make").environmentComplete());
    }

    /** The timeout only tells a hang from an end: it is far above what the work takes on a busy machine. */
    @Test
    void brokenAndHugeInputStaysBounded() {
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            run("if then fi ((( ${ $( \" '");
            run("(".repeat(5000) + "go build" + ")".repeat(5000));
            run("A=x\n" + "A=$A$A\n".repeat(60) + "echo $A");
            run("echo ${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-x}}}}}}}}}}}}}}}}}}}}}}}}}}}");
            run("f() { g; g; }; g() { f; f; }; f");
            List<SimpleCommand> many = run("go build ./...\n".repeat(30_000));
            assertTrue(many.size() >= 10_000);
            run("sh -c \"".repeat(30) + "go build" + "\"".repeat(30));
            SimpleCommand deepSubstitution = run("go build \"" + "$(echo \"".repeat(20_000) + "x" + "\")".repeat(20_000) + "\"").get(0);
            assertFalse(deepSubstitution.argv().get(2).known());
            SimpleCommand deepDefault = run("go build " + "${A:-".repeat(20_000) + "x" + "}".repeat(20_000)).get(0);
            assertFalse(deepDefault.argv().get(2).known());
            run("echo $((" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "))");
        });
    }
}
