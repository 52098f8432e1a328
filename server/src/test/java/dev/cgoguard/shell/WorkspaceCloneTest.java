package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A script that clones the workspace's own repository and builds in the clone builds this workspace at some revision. */
class WorkspaceCloneTest {
    private static final SelfRepository TOOL = SelfRepository.of(List.of("example.com/acme/tool"));

    private static SimpleCommand go(String script, SelfRepository repository) {
        List<SimpleCommand> found = ShellEvaluator.evaluateScript(Parsers.parse(Grammar.BASH, script),
                ShellState.of(Map.of(), "").withRepository(repository)).commands().stream()
                .filter(c -> c.name().equals("go")).toList();
        assertEquals(1, found.size(), () -> "go commands in " + found);
        return found.get(0);
    }

    @Test
    void aGoCommandInACloneOfTheWorkspaceRunsInTheWorkspaceUnderTheConditionThatTheRevisionIsTheSame() {
        SimpleCommand go = go("tmp=$(mktemp -d)\ncd $tmp/src\ngit clone https://example.com/acme/tool\ncd tool/cmd\ngo build .\n", TOOL);
        assertEquals("cmd", go.workingDirectory());
        Condition clone = go.conditions().get(go.conditions().size() - 1);
        assertEquals("when the clone of https://example.com/acme/tool (its default branch) is this workspace's revision", clone.text());
        assertNull(clone.modeled(), "the revision a clone fetches is not known from the text");
    }

    @Test
    void theBranchAndTheFolderAClonesNamesAreRead() {
        SimpleCommand go = go("git clone -b \"$TAG\" --depth 1 git@example.com:acme/tool.git build/src\ncd build/src && go build ./...\n",
                TOOL);
        assertEquals("", go.workingDirectory());
        assertTrue(go.conditions().get(0).text().contains("(a branch the text does not tell)"), go.conditions().toString());
    }

    @Test
    void aCloneOfAnotherRepositoryOrWithoutTheWorkspacesNamesStaysUnknown() {
        String script = "cd $(mktemp -d)\ngit clone https://example.com/acme/toolkit tool\ncd tool\ngo build .\n";
        assertNull(go(script, TOOL).workingDirectory());
        assertNull(go(script.replace("toolkit", "tool"), SelfRepository.NONE).workingDirectory());
    }

    @Test
    void leavingTheCloneOrChangingDirectoryBeforeEnteringItEndsTheMapping() {
        assertNull(go("cd $(mktemp -d)\ngit clone https://example.com/acme/tool\ncd $other\ncd tool\ngo build .\n", TOOL)
                .workingDirectory(), "an unknown directory is the clone's parent only until the next cd");
        SimpleCommand out = go("cd $(mktemp -d)\ngit clone https://example.com/acme/tool\ncd tool\ncd ..\ngo build .\n", TOOL);
        assertNull(out.workingDirectory());
        assertTrue(out.conditions().isEmpty(), out.conditions().toString());
        SimpleCommand sub = go("git clone https://example.com/acme/tool\n(cd tool && go build .)\n", TOOL);
        assertEquals("", sub.workingDirectory());
    }

    @Test
    void cloneUrlsAndModulePathsNameTheSameRepository() {
        for (String url : List.of("https://example.com/acme/tool", "https://EXAMPLE.com/acme/tool.git/", "git@example.com:acme/tool.git",
                "ssh://git@example.com:22/acme/tool", "example.com/acme/tool/v2")) {
            assertEquals("example.com/acme/tool", SelfRepository.normalise(url), url);
        }
        assertFalse(TOOL.matches("./tool"));
        assertFalse(TOOL.matches("https://example.com/acme/toolkit"));
    }
}
