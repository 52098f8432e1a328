package dev.cgoguard.gocmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoCommandParserTest {
    /** The go command of a script, evaluated by the shell stage first. */
    private static GoInvocation go(String script) {
        List<GoInvocation> found = ShellEvaluator.evaluate(script).stream().map(GoCommandParser::parse)
                .flatMap(Optional::stream).toList();
        assertEquals(1, found.size(), () -> "go invocations in " + script);
        return found.get(0);
    }

    private static boolean isGo(String script) {
        return ShellEvaluator.evaluate(script).stream().map(GoCommandParser::parse).anyMatch(Optional::isPresent);
    }

    @Test
    void scriptWithExportedCgoAndLdflagsVariable() {
        GoInvocation go = go("export CGO_ENABLED=1\nLDFLAGS=\"-linkmode external -extldflags '-static'\"\n"
                + "go build -ldflags \"${LDFLAGS}\" -o bin/app ./cmd/app");
        assertEquals(ShellValue.known("1"), go.envValue("CGO_ENABLED"));
        assertEquals("external", go.ldflags().linkMode());
        assertEquals(List.of("-static"), go.ldflags().extldflags());
        assertTrue(go.ldflags().asksStatic());
        assertTrue(go.ldflags().known());
        assertEquals("bin/app", go.output());
        assertEquals(List.of("./cmd/app"), go.packages());
        assertEquals("build", go.subcommand());
    }

    @Test
    void staticNetgoBuild() {
        GoInvocation go = go("CGO_ENABLED=0 go build -a -installsuffix cgo -tags 'netgo osusergo' .");
        assertEquals(ShellValue.known("0"), go.envValue("CGO_ENABLED"));
        assertTrue(go.forceRebuild());
        assertEquals("cgo", go.installSuffix());
        assertEquals(List.of("netgo", "osusergo"), go.tags());
        assertEquals(List.of("."), go.packages());
        assertEquals(LinkerFlags.NONE, go.ldflags());
    }

    @Test
    void recognisesTheGoToolOnly() {
        assertTrue(isGo("/usr/local/go/bin/go build ."));
        assertTrue(isGo("go1.22.3 build ."));
        assertTrue(isGo("go install ./cmd/x"));
        assertFalse(isGo("go vet ./..."));
        assertFalse(isGo("go mod download"));
        assertFalse(isGo("gofmt -l ."));
        assertFalse(isGo("cargo build"));
        assertFalse(isGo("$GO build ."));
    }

    @Test
    void goDashCDirectory() {
        GoInvocation go = go("go -C tools build -o ../bin/tool .");
        assertEquals("tools", go.directory());
        assertEquals("../bin/tool", go.output());
        assertEquals("tools", go("go -C=tools build").directory());
    }

    @Test
    void lastTagsWinInEveryForm() {
        assertEquals(List.of("a", "b"), go("go build -tags=x -tags=a,b .").tags());
        assertEquals(List.of("netgo"), go("go build -tags netgo").tags());
        assertEquals(List.of("a", "b"), go("go build --tags 'a b' ./...").tags());
        assertEquals(List.of(), go("go build -tags= .").tags());
        assertNull(go("go build .").tags());
        assertTrue(go("go build -tags=osusergo,netgo").hasTag("netgo"));
    }

    @Test
    void ldflagsFormsAndLastWins() {
        LinkerFlags flags = go("go build -ldflags='-s -w -linkmode=external -extldflags=-static' .").ldflags();
        assertTrue(flags.strip());
        assertTrue(flags.omitDwarf());
        assertEquals("external", flags.linkMode());
        assertEquals(List.of("-static"), flags.extldflags());
        LinkerFlags quoted = go("go build -ldflags \"-extldflags '-static -lm' -extld=musl-gcc\"").ldflags();
        assertEquals(List.of("-static", "-lm"), quoted.extldflags(), quoted::toString);
        assertEquals("musl-gcc", quoted.extld());
        LinkerFlags whole = go("go build -ldflags \"-s '-extldflags=-static -lm'\"").ldflags();
        assertEquals(List.of("-static", "-lm"), whole.extldflags());
        LinkerFlags last = go("go build -ldflags '-linkmode external' -ldflags '-s'").ldflags();
        assertNull(last.linkMode());
        assertTrue(last.strip());
        LinkerFlags pattern = go("go build -ldflags='all=-linkmode internal -s=false'").ldflags();
        assertEquals("internal", pattern.linkMode());
        assertFalse(pattern.strip());
    }

    @Test
    void dashXValueIsSkipped() {
        LinkerFlags flags = go("go build -ldflags '-X main.mode=-s -X=main.b=-w -linkmode external'").ldflags();
        assertFalse(flags.strip());
        assertFalse(flags.omitDwarf());
        assertEquals("external", flags.linkMode());
        assertFalse(flags.extldflagsGiven());
        assertEquals(List.of("-X", "main.mode=-s", "-X=main.b=-w", "-linkmode", "external"), flags.args());
    }

    @Test
    void unknownLdflagsAreMarkedNotRead() {
        LinkerFlags flags = go("go build -ldflags \"$(LDFLAGS_UNKNOWN)\" .").ldflags();
        assertFalse(flags.known());
        assertEquals("$(LDFLAGS_UNKNOWN)", flags.raw());
        assertNull(flags.linkMode());
        GoInvocation go = go("go build -ldflags \"-X main.v=$(git describe --tags) -linkmode external -extldflags -static\" .");
        assertFalse(go.ldflags().known());
        assertTrue(go.isUnknown("-ldflags"));
        assertEquals("external", go.ldflags().linkMode());
        assertEquals(List.of("-static"), go.ldflags().extldflags());
        assertEquals(List.of("."), go.packages());
        LinkerFlags partly = go("V=$(git describe)\nLD=\"-s -linkmode external -X main.v=$V\"\ngo build -ldflags \"$LD\"").ldflags();
        assertFalse(partly.known());
        assertTrue(partly.strip());
        assertEquals("external", partly.linkMode());
        GoInvocation tags = go("go build -tags \"netgo,$EXTRA\" .");
        assertEquals(List.of("netgo"), tags.tags());
        assertTrue(tags.isUnknown("-tags"));
    }

    @Test
    void booleanFlagsWithValues() {
        GoInvocation go = go("go build -race -msan=false --asan -trimpath=true -buildmode=pie -mod=vendor -p 4 -gcflags 'all=-N -l' ./cmd/x");
        assertTrue(go.race());
        assertFalse(go.msan());
        assertTrue(go.asan());
        assertTrue(go.trimpath());
        assertEquals("pie", go.buildMode());
        assertEquals(List.of("./cmd/x"), go.packages());
        assertFalse(go("go build -race=false").race());
    }

    @Test
    void valueFlagsDoNotBecomePackages() {
        GoInvocation go = go("go build -v -x -n -work -o out -p 2 -mod mod -modfile go.alt.mod -pkgdir /tmp/p "
                + "-toolexec 'echo' -overlay o.json -pgo off -buildmode exe -compiler gc -asmflags -S pkg/a pkg/b");
        assertEquals(List.of("pkg/a", "pkg/b"), go.packages());
        assertEquals("exe", go.buildMode());
    }

    @Test
    void goflagsApplyBeforeTheCommandLine() {
        GoInvocation go = go("GOFLAGS=\"-tags=netgo -trimpath '-ldflags=-linkmode=external -extldflags=-static'\" go build -tags osusergo .");
        assertEquals(List.of("osusergo"), go.tags());
        assertTrue(go.trimpath());
        assertEquals("external", go.ldflags().linkMode());
        assertEquals(List.of("-static"), go.ldflags().extldflags());
        assertTrue(go("GOFLAGS=\"$(cat flags)\" go build").isUnknown("GOFLAGS"));
    }

    @Test
    void runAndTestArgumentsBelongToTheProgram() {
        GoInvocation run = go("go run -race main.go util.go -flag value");
        assertEquals(List.of("main.go", "util.go"), run.packages());
        assertTrue(run.race());
        assertEquals(List.of("./cmd/srv"), go("go run ./cmd/srv -ldflags x").packages());
        assertEquals(LinkerFlags.NONE, go("go run ./cmd/srv -ldflags x").ldflags());
        GoInvocation test = go("go test -count=1 -run TestX ./pkg/... -race -v -args -tags foo");
        assertEquals(List.of("./pkg/..."), test.packages());
        assertTrue(test.race());
        assertNull(test.tags());
        assertEquals(List.of("./a", "./b"), go("go test -timeout 5m -coverprofile c.out ./a ./b").packages());
        GoInvocation cover = go("go test -cover -covermode atomic -coverpkg ./... -count 1 -p 2 -short -failfast "
                + "-json -benchmem -bench . -parallel 4 -shuffle on -vet=off -o t.test -c ./x");
        assertEquals(List.of("./x"), cover.packages());
        assertEquals("t.test", cover.output());
    }

    @Test
    void environmentIsTheCommandsWholeEnvironment() {
        GoInvocation go = go("export CC=musl-gcc CGO_LDFLAGS='-static'; GOOS=linux GOARCH=arm64 GOTOOLCHAIN=local go install ./cmd/x@latest");
        assertEquals("musl-gcc", go.envValue("CC").text());
        assertEquals("-static", go.envValue("CGO_LDFLAGS").text());
        assertEquals("linux", go.envValue("GOOS").text());
        assertEquals("arm64", go.envValue("GOARCH").text());
        assertEquals("local", go.envValue("GOTOOLCHAIN").text());
        assertEquals("install", go.subcommand());
        assertNull(go.envValue("CXX"));
    }

    @Test
    void flagWordsKeepTheirSourceRanges() {
        SimpleCommand command = ShellEvaluator.evaluate("go build -o bin/app .").get(0);
        GoInvocation go = GoCommandParser.parse(command).orElseThrow();
        assertEquals(command.argv(), go.words());
        assertEquals(9, go.words().get(2).range().start().column());
    }

    @Test
    void wordsWithoutLocatedUnknownPartsCountAsUnknownInFull() {
        List<ShellWord> argv = List.of(new ShellWord("go", true, null), new ShellWord("build", true, null),
                new ShellWord("-ldflags", true, null), new ShellWord("-linkmode external $(EXTRA)", false, null),
                new ShellWord("-o", true, null), new ShellWord("$(BIN)", false, null), new ShellWord(".", true, null));
        GoInvocation go = GoCommandParser.parse(new SimpleCommand(argv, Map.of(), "", null, List.of())).orElseThrow();
        assertFalse(go.ldflags().known());
        assertNull(go.ldflags().linkMode(), "nothing of a wholly unknown value is read");
        assertTrue(go.isUnknown("-o"));
        assertEquals(List.of("."), go.packages());
    }

    @Test
    void unknownWordWhereAFlagCouldStandIsReported() {
        GoInvocation go = go("go build $GOBUILDFLAGS -o app ./cmd/app");
        assertTrue(go.isUnknown("$GOBUILDFLAGS"));
        assertEquals("app", go.output());
        assertEquals(List.of("./cmd/app"), go.packages());
    }

    @Test
    void anExplicitTagsAfterEveryUnknownWordDecidesTheTags() {
        GoInvocation after = go("go build $GOBUILDFLAGS -tags 'netgo osusergo' -o app ./cmd/app");
        assertEquals(List.of("netgo", "osusergo"), after.tags());
        assertFalse(after.tagsUnknown(), "the last -tags wins over any -tags the unknown word may hold");
        GoInvocation before = go("go build -tags netgo $GOBUILDFLAGS ./cmd/app");
        assertTrue(before.tagsUnknown(), "the unknown word may hold a later -tags");
        GoInvocation between = go("go build $A -tags netgo $B ./cmd/app");
        assertTrue(between.tagsUnknown());
        GoInvocation none = go("go build $GOBUILDFLAGS ./cmd/app");
        assertTrue(none.tagsUnknown());
        GoInvocation goflags = go("GOFLAGS=\"$(cat flags)\" go build -tags netgo .");
        assertFalse(goflags.tagsUnknown(), "the command line overrides GOFLAGS");
        GoInvocation overridden = go("go build -tags \"$EXTRA\" -tags netgo .");
        assertFalse(overridden.tagsUnknown(), "an earlier -tags with an unknown value no longer counts");
        assertTrue(go("go build -tags netgo -tags \"$EXTRA\" .").tagsUnknown());
    }

    @Test
    void goQuotedSplitsLikeTheGoCommand() {
        assertEquals(List.of("-a", "b c", "d e", "f'g", "h"), GoQuoted.split(" -a 'b c' \"d e\" f'g h"));
        assertEquals(List.of("a", "b"), GoQuoted.split("'a'b"));
        assertEquals(List.of(), GoQuoted.split("   "));
    }
}
