package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.FileKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The VS Code extension selects and watches the files of every registered file kind: its
 * {@code src/fileKinds.generated.ts} and the {@code workspaceContains} activation events of its
 * {@code package.json} are written from {@link FileKinds}. {@code -Dcgoguard.updateExpected=true}
 * rewrites them after a file kind is added or renamed.
 */
class ExtensionFileKindsTest {
    private static final Path EXTENSION = Fixtures.root().getParent().getParent().resolve("vscode-extension");
    private static final Pattern ACTIVATION_EVENTS = Pattern.compile("(?s)(\\n  \"activationEvents\": \\[\\n)(.*?)(\\n  \\],)");

    static String generatedSource() {
        StringBuilder ts = new StringBuilder();
        ts.append("// Written from cgoguard's registered file kinds (dev.cgoguard.workspace.FileKinds) by ExtensionFileKindsTest,\n")
                .append("// which fails when they differ; -Dcgoguard.updateExpected=true rewrites this file. Do not edit by hand.\n\n")
                .append("export interface FileKindData {\n  readonly id: string;\n  readonly patterns: readonly string[];\n")
                .append("  readonly shellShebang: boolean;\n}\n\n")
                .append("export const FILE_KINDS: readonly FileKindData[] = [\n");
        for (FileKind kind : FileKinds.all()) {
            ts.append("  { id: '").append(kind.id()).append("', patterns: [");
            List<String> quoted = kind.globs().stream().map(g -> "'" + g + "'").toList();
            ts.append(String.join(", ", quoted)).append("], shellShebang: ").append(kind.shellShebang()).append(" },\n");
        }
        return ts.append("];\n").toString();
    }

    static List<String> activationEvents(List<String> languageEvents) {
        List<String> events = new ArrayList<>(languageEvents);
        FileKinds.all().forEach(kind -> kind.globs().forEach(glob -> events.add("workspaceContains:" + glob)));
        return events;
    }

    @Test
    void theExtensionSelectsAndWatchesEveryRegisteredKind() throws IOException {
        Path generated = EXTENSION.resolve("src/fileKinds.generated.ts");
        Path manifest = EXTENSION.resolve("package.json");
        String packageJson = Files.readString(manifest);
        Matcher m = ACTIVATION_EVENTS.matcher(packageJson);
        assertTrue(m.find(), "package.json has an activationEvents array");
        List<String> current = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(m.group(2));
        while (quoted.find()) {
            current.add(quoted.group(1));
        }
        List<String> languageEvents = current.stream().filter(e -> e.startsWith("onLanguage:")).toList();
        List<String> wanted = activationEvents(languageEvents);
        if (FindingsAssert.UPDATE) {
            Files.writeString(generated, generatedSource());
            String events = String.join(",\n", wanted.stream().map(e -> "    \"" + e + "\"").toList());
            Files.writeString(manifest, packageJson.substring(0, m.start(2)) + events + packageJson.substring(m.end(2)));
            return;
        }
        assertEquals(generatedSource(), Files.readString(generated),
                "vscode-extension/src/fileKinds.generated.ts differs from the registered kinds (run with -Dcgoguard.updateExpected=true)");
        assertEquals(wanted, current, "package.json activates for every registered kind's files");
    }
}
