package dev.cgoguard.plan;

import dev.cgoguard.gopkg.GoModFile;
import dev.cgoguard.shell.SelfRepository;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the repository a workspace is a checkout of: the module path of its root go.mod and
 * the {@code url} of each remote in its {@code .git/config}, both read through the workspace's
 * gate. Only a script that clones something asks for them.
 */
public final class RepositoryNames {
    private static final Pattern REMOTE_URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*(\\S+)\\s*$");

    private RepositoryNames() {
    }

    /** The workspace's repository when {@code scriptText} may clone one ({@code git clone}), else {@link SelfRepository#NONE}. */
    public static SelfRepository forScript(Workspace workspace, String scriptText) {
        return scriptText.contains("clone") ? of(workspace) : SelfRepository.NONE;
    }

    /** The names the workspace's own repository goes by. */
    public static SelfRepository of(Workspace workspace) {
        List<String> names = new ArrayList<>();
        WorkspaceReads.read(workspace, "go.mod").map(SourceText::text)
                .map(text -> GoModFile.parse("go.mod", text).modulePath())
                .ifPresent(names::add);
        WorkspaceReads.read(workspace, ".git/config").map(SourceText::text).ifPresent(config -> {
            Matcher url = REMOTE_URL.matcher(config);
            while (url.find()) {
                names.add(url.group(1));
            }
        });
        return SelfRepository.of(names);
    }
}
