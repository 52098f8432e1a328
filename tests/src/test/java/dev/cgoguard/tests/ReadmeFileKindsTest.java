package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.FileKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's list of what cgoguard reads and the pre-commit hook's file pattern follow the registered file kinds. */
class ReadmeFileKindsTest {
    private static final Path ROOT = Fixtures.root().getParent().getParent();

    private static Map<String, List<String>> readmeKinds() throws IOException {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("## What it reads")) {
                inSection = true;
            } else if (inSection && line.startsWith("## ")) {
                break;
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                List<String> globs = new ArrayList<>();
                Matcher glob = Pattern.compile("`(\\*\\*/[^`]+)`").matcher(cells[2]);
                while (glob.find()) {
                    globs.add(glob.group(1));
                }
                kinds.put(cells[1].trim().replace("`", ""), globs);
            }
        }
        return kinds;
    }

    @Test
    void theReadmeListsEveryKindWithItsFileNames() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (FileKind kind : FileKinds.all()) {
            expected.put(kind.id(), kind.globs());
        }
        assertEquals(expected, readmeKinds());
    }

    @Test
    void thePreCommitHookTakesTheFilesOfEveryKind() throws IOException {
        String hook = Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"));
        Matcher files = Pattern.compile("(?m)^\\s+files: '(.*)'$").matcher(hook);
        assertTrue(files.find(), "the hook has a files pattern");
        Pattern pattern = Pattern.compile(files.group(1));
        for (FileKind kind : FileKinds.all()) {
            for (String glob : kind.globs()) {
                String example = glob.replace("**/", "sub/").replaceAll("\\{([^,}]*),[^}]*}", "$1").replace("*", "x");
                assertTrue(pattern.matcher(example).find(), "the hook's files pattern misses " + example + " (" + kind.id() + ")");
            }
        }
        assertTrue(!pattern.matcher("README.md").find());
    }
}
