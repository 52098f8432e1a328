package dev.cgoguard.kinds.ko;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.kinds.yaml.YamlBuildText;
import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.kinds.yaml.YamlEdits;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.plan.ConfiguredGoCommand;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.CommandTextSource;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * ko configurations ({@code .ko.yaml}): each {@code builds[]} entry is the go build ko runs on the
 * host for the first linux platform it builds (ko turns cgo off, {@code CGO_ENABLED=0}, unless the
 * build's {@code env} sets it), and its binary runs at {@code /ko-app/NAME} in the base image:
 * {@code baseImageOverrides} for its import path, else {@code defaultBaseImage}, else ko's default
 * {@code cgr.dev/chainguard/static}. Fixes edit the build's {@code env}, {@code flags} and {@code ldflags}.
 */
public final class KoKind implements GoCommandSource, CommandTextSource {
    public static final FileKind KIND = FileKind.named("ko", "ko configurations (.ko.yaml)", CommentSyntax.HASH,
            List.of("**/.ko.yaml", "**/.ko.yml"));
    static final String KO_DEFAULT_BASE = "cgr.dev/chainguard/static";
    private static final YamlBuildText.Keys KEYS = new YamlBuildText.Keys("env", "flags", "ldflags", null);

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        YamlDocument document = YamlDocument.read(file.text(), file.path());
        if (document.problem() != null) {
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("ko", new SourceLocation(file.path(),
                    document.problem().range()), "cgoguard could not read this ko configuration: " + document.problem().message(),
                    "its builds are not checked")));
        }
        if (!(document.root() instanceof MappingNode root)) {
            return SourceCommands.none();
        }
        String folder = WorkspacePaths.parent(file.path());
        String platform = linuxPlatform(YamlDocument.strings(YamlDocument.get(root, "defaultPlatforms")));
        List<GoCommandSite> sites = new ArrayList<>();
        for (Node build : YamlDocument.items(YamlDocument.get(root, "builds"))) {
            if (!(build instanceof MappingNode)) {
                continue;
            }
            String main = first(YamlDocument.scalar(build, "main"), ".");
            String dir = WorkspacePaths.join(folder, first(YamlDocument.scalar(build, "dir"), ""));
            ConfiguredGoCommand command = new ConfiguredGoCommand("build").env("CGO_ENABLED", "0");
            YamlDocument.strings(YamlDocument.get(root, "defaultEnv")).forEach(command::setting);
            YamlDocument.strings(YamlDocument.get(build, "env")).forEach(command::setting);
            String[] os = platform.split("/");
            command.env("GOOS", os[0]).env("GOARCH", os[1]);
            Node flags = YamlDocument.get(build, "flags");
            command.words(YamlDocument.strings(flags != null ? flags : YamlDocument.get(root, "defaultFlags")));
            Node ldflagsNode = YamlDocument.get(build, "ldflags");
            List<String> ldflags = YamlDocument.strings(ldflagsNode != null ? ldflagsNode : YamlDocument.get(root, "defaultLdflags"));
            if (!ldflags.isEmpty()) {
                command.word("-ldflags=" + String.join(" ", ldflags));
            }
            command.word("-o").word("/ko-app/" + binaryName(main, dir)).word(main);
            Optional<GoInvocation> invocation = command.invocation();
            if (invocation.isEmpty()) {
                continue;
            }
            SourceLocation at = new SourceLocation(file.path(), document.firstLine(build));
            String id = first(YamlDocument.scalar(build, "id"), main);
            PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.BUILD_CONFIG, file.path() + " build " + id + " for " + platform, at);
            sites.add(new GoCommandSite(origin, List.of(), dir, Platform.modelled(context.inputs().host()), null,
                    baseImage(document, root, file.path(), main, binaryName(main, dir)), invocation.get()));
        }
        return new SourceCommands(sites, List.of());
    }

    @Override
    public Optional<CommandText> commandText(SourceLocation location, SourceText file) {
        YamlDocument document = YamlDocument.read(file, location.path());
        for (Node build : YamlDocument.items(YamlDocument.get(document.root(), "builds"))) {
            if (document.line(build) == location.range().start().line()) {
                return YamlBuildText.of(new YamlEdits(document, location.path()), build, KEYS);
            }
        }
        return Optional.empty();
    }

    /**
     * The image the binary runs in: an override whose import path ends with the build's main
     * package, else the default base image, else ko's own default.
     */
    private static RunEnvironment baseImage(YamlDocument document, Node root, String path, String main, String binary) {
        Node image = null;
        String suffix = main.replaceFirst("^\\./?", "").replaceAll("/+$", "");
        for (NodeTuple entry : YamlDocument.entries(YamlDocument.get(root, "baseImageOverrides"))) {
            String importPath = YamlDocument.scalar(entry.getKeyNode());
            if (importPath != null && (suffix.isEmpty() || importPath.endsWith("/" + suffix) || importPath.equals(suffix))) {
                image = entry.getValueNode();
                if (!suffix.isEmpty()) {
                    break;
                }
            }
        }
        if (image == null) {
            image = YamlDocument.get(root, "defaultBaseImage");
        }
        String reference = image == null ? KO_DEFAULT_BASE : YamlDocument.scalar(image);
        if (reference == null) {
            return null;
        }
        ImageFacts facts = ConfiguredGoCommand.hasTemplate(reference) ? ImageFacts.unknown(reference)
                : ImageTable.builtIn().lookup(reference);
        SourceLocation from = image == null ? null : new SourceLocation(path, document.range(image));
        return new RunEnvironment("ko base image " + reference + (image == null ? " (ko's default)" : ""), facts, from, null,
                "/ko-app/" + binary, null);
    }

    private static String binaryName(String main, String dir) {
        String trimmed = main.replaceAll("/+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.equals(".")) {
            String folder = dir == null || dir.isEmpty() ? "app" : dir;
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return last.endsWith(".go") ? last.substring(0, last.length() - 3) : last;
    }

    private static String linuxPlatform(List<String> platforms) {
        for (String platform : platforms) {
            String[] parts = platform.split("/");
            if (parts.length >= 2 && parts[0].equals("linux")) {
                return parts[0] + "/" + parts[1];
            }
        }
        return "linux/amd64";
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
