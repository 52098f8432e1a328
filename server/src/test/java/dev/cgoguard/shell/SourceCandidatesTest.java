package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A script that finds its own folder ({@code $(cd "$(dirname "$0")" && pwd)}) and sources a file of
 * it whose name is not known ({@code source "$dir/make/$bundle"}) reads each script of that folder
 * the name fits, under the condition that names it.
 */
class SourceCandidatesTest {
    /** Workspace files by path, listed as the workspace lists its shell scripts. */
    private record Files(Map<String, String> texts) implements SourceReader {
        @Override
        public Optional<String> read(String path) {
            return Optional.ofNullable(texts.get(path));
        }

        @Override
        public List<String> scripts(String folder, Pattern name) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            return texts.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                    .filter(p -> name.matcher(p.substring(prefix.length())).matches()).sorted().toList();
        }
    }

    private static ScriptEvaluation run(String script, Map<String, String> files) {
        Map<String, String> all = new TreeMap<>(files);
        all.put("hack/make.sh", script);
        return ShellEvaluator.evaluateScript(Parsers.parse(Grammar.BASH, script),
                ShellState.of(Map.of(), "").withScript("hack/make.sh"), new Files(all));
    }

    private static List<SimpleCommand> named(ScriptEvaluation evaluation, String name) {
        return evaluation.commands().stream().filter(c -> c.name().equals(name)).toList();
    }

    @Test
    void theScriptsOwnFolderIsKnownSoTheFilesItSourcesFromThereAreRead() {
        for (String idiom : List.of("$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)", "$( cd \"$( dirname \"$0\" )\" >/dev/null 2>&1; pwd -P )",
                "`dirname $0`", "$(dirname -- \"${BASH_SOURCE}\")")) {
            ScriptEvaluation evaluation = run("dir=" + idiom + "\nsource \"$dir/lib/vars.sh\"\ngo build -tags \"$TAGS\" .\n",
                    Map.of("hack/lib/vars.sh", "TAGS=netgo\n"));
            assertEquals("netgo", named(evaluation, "go").get(0).argv().get(3).text(), idiom);
        }
    }

    @Test
    void aFolderNamedFromTheScriptsFolderIsThatFolderWhereverTheScriptStands() {
        SimpleCommand go = named(run("root=\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"\ncd /tmp\ncd \"$root/cmd\"\ngo build .\n", Map.of()), "go")
                .get(0);
        assertEquals("cmd", go.workingDirectory());
        assertNull(named(run("up=\"$(cd \"$(dirname \"$0\")/../..\" && pwd)\"\ncd \"$up\"\ngo build .\n", Map.of()), "go")
                .get(0).workingDirectory(), "above the workspace root is not known");
    }

    @Test
    void aSourcedNameNotKnownIsEachScriptOfItsFolderUnderTheConditionThatNamesIt() {
        ScriptEvaluation evaluation = run("dir=\"$(cd \"$(dirname \"$0\")\" && pwd)\"\nfor b in \"$@\"; do\n  source \"$dir/make/$b\"\ndone\n",
                Map.of("hack/make/daemon", "go build -o daemon ./cmd/daemon\n", "hack/make/client", "go build -o client ./cmd/client\n",
                        "hack/make/.helpers", "go build -o helper ./cmd/helper\n", "hack/other/tool", "go build ./cmd/tool\n"));
        List<SimpleCommand> go = named(evaluation, "go");
        assertEquals(List.of("client", "daemon"), go.stream().map(c -> c.argv().get(3).text()).toList(), "hidden files and other folders are no bundle");
        Condition daemon = go.get(1).conditions().get(go.get(1).conditions().size() - 1);
        assertEquals("when the file sourced, hack/make/$b, is hack/make/daemon", daemon.text());
        assertNull(daemon.modeled(), "which file is sourced is not known from the text");
    }

    @Test
    void theKnownPartsOfTheLastNameChooseTheScripts() {
        ScriptEvaluation evaluation = run("source \"hack/lib/build-$GOOS.sh\"\n",
                Map.of("hack/lib/build-linux.sh", "go build -o linux .\n", "hack/lib/build-linux.bash", "go build -o bash .\n",
                        "hack/lib/test-linux.sh", "go test .\n"));
        assertEquals(List.of("linux"), named(evaluation, "go").stream().map(c -> c.argv().get(3).text()).toList());
        assertTrue(named(run("source \"$LIBDIR/build.sh\"\n", Map.of("hack/lib/build.sh", "go build .\n")), "go").isEmpty(),
                "an unknown folder is not guessed");
    }

    @Test
    void moreScriptsThanTheLimitAreReportedAndTheFirstAreFollowed() {
        Map<String, String> bundles = new TreeMap<>();
        for (int i = 0; i < ScriptRun.MAX_SOURCE_CANDIDATES + 2; i++) {
            bundles.put(String.format("hack/make/b%02d", i), "go build -o b" + i + " .\n");
        }
        ScriptEvaluation evaluation = run("source \"hack/make/$1\"\n", bundles);
        assertEquals(ScriptRun.MAX_SOURCE_CANDIDATES, named(evaluation, "go").size());
        assertEquals("the name sourced here fits " + (ScriptRun.MAX_SOURCE_CANDIDATES + 2) + " scripts of hack/make; the first "
                + ScriptRun.MAX_SOURCE_CANDIDATES + " are followed", evaluation.stoppedBecause());
    }
}
