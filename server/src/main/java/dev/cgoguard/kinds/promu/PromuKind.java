package dev.cgoguard.kinds.promu;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.parse.QuotedWords;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.ConfiguredGoCommand;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * promu configurations ({@code .promu.yml}, {@code .promu-cgo.yml}), as promu (github.com/prometheus/promu,
 * cmd/build.go) builds each of {@code build.binaries}: {@code CGO_ENABLED=0} unless {@code go.cgo} is
 * true; {@code -ldflags} from {@code build.ldflags} plus {@code -extldflags '-static'} (with
 * {@code build.extldflags}) unless {@code build.static} is false or the target is darwin, solaris,
 * illumos or aix; {@code build.flags} split as a shell would; {@code -tags} of {@code build.tags}
 * for the target's GOOS, else its {@code all} list. The builds run for each GOOS of
 * {@code crossbuild.platforms} (linux when there is none) in promu's golang-builder images, whose
 * facts are not known (with cgo, the image sets the C compiler for each platform).
 */
public final class PromuKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("promu", "promu configurations (.promu.yml, .promu-*.yml)", CommentSyntax.HASH,
            List.of("**/.promu.yml", "**/.promu.yaml", "**/.promu-*.yml", "**/.promu-*.yaml"));
    private static final List<String> NOT_STATIC = List.of("darwin", "solaris", "illumos", "aix");

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        YamlDocument document = YamlDocument.read(file.text(), file.path());
        if (document.problem() != null) {
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("promu", new SourceLocation(file.path(),
                    document.problem().range()), "cgoguard could not read this promu configuration: " + document.problem().message(),
                    "its builds are not checked")));
        }
        if (!(document.root() instanceof MappingNode root)) {
            return SourceCommands.none();
        }
        Node build = YamlDocument.get(root, "build");
        boolean cgo = Boolean.TRUE.equals(YamlDocument.bool(YamlDocument.get(YamlDocument.get(root, "go"), "cgo")));
        Boolean staticSetting = YamlDocument.bool(YamlDocument.get(build, "static"));
        boolean linkStatic = staticSetting == null || staticSetting;
        List<String> extldflags = new ArrayList<>(YamlDocument.strings(YamlDocument.get(build, "extldflags")));
        String ldflags = YamlDocument.scalar(build, "ldflags");
        String flags = YamlDocument.scalar(build, "flags");
        String goVersion = YamlDocument.scalar(YamlDocument.get(root, "go"), "version");
        String folder = WorkspacePaths.parent(file.path());
        List<GoCommandSite> sites = new ArrayList<>();
        List<Node> binaries = YamlDocument.items(YamlDocument.get(build, "binaries"));
        List<String> platforms = platforms(root);
        for (String goos : platforms) {
            List<String> linkerFlags = new ArrayList<>();
            if (ldflags != null && !ldflags.isBlank()) {
                linkerFlags.add(ldflags.strip().replace('\n', ' '));
            } else {
                linkerFlags.add("-X main.Version={{.Version}}");
            }
            List<String> ext = new ArrayList<>(extldflags);
            if (linkStatic && !NOT_STATIC.contains(goos) && !ext.contains("-static")) {
                ext.add("-static");
            }
            if (!ext.isEmpty()) {
                linkerFlags.add("-extldflags '" + String.join(" ", ext) + "'");
            }
            List<String> tags = tags(YamlDocument.get(build, "tags"), goos);
            for (Node binary : binaries.isEmpty() ? List.<Node>of(root) : binaries) {
                String name = binaries.isEmpty() ? "binary" : first(YamlDocument.scalar(binary, "name"), "binary");
                String path = binaries.isEmpty() ? "." : first(YamlDocument.scalar(binary, "path"), ".");
                ConfiguredGoCommand command = new ConfiguredGoCommand("build").env("CGO_ENABLED", cgo ? "1" : "0")
                        .env("GOOS", goos).env("GOARCH", "amd64");
                command.word("-o").word(name).word("-ldflags").word(String.join(" ", linkerFlags));
                command.words(QuotedWords.split(flags));
                if (!tags.isEmpty()) {
                    command.word("-tags").word(String.join(",", tags));
                }
                if (cgo) {
                    command.unknownEnv("CC", "the C compiler promu's golang-builder image sets for " + goos);
                }
                command.word(path);
                Optional<GoInvocation> invocation = command.invocation();
                if (invocation.isEmpty()) {
                    continue;
                }
                TextRange line = binaries.isEmpty() ? document.firstLine(build != null ? build : root) : document.firstLine(binary);
                PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.BUILD_CONFIG, file.path() + " binary " + name + " for " + goos,
                        new SourceLocation(file.path(), line));
                List<Condition> conditions = platforms.size() > 1 ? List.of(Condition.circumstance("when promu builds for " + goos)) : List.of();
                sites.add(new GoCommandSite(origin, conditions, folder, Platform.modelled(context.inputs().host()), builder(goVersion, cgo, origin),
                        null, invocation.get()));
            }
        }
        return new SourceCommands(sites, List.of());
    }

    /** The golang-builder image promu crossbuild runs the build in: its facts are not in the image table. */
    private static BuildEnvironment builder(String goVersion, boolean cgo, PlanOrigin origin) {
        String image = "quay.io/prometheus/golang-builder:" + (goVersion == null ? "latest" : goVersion) + (cgo ? "-main" : "-base");
        return new BuildEnvironment("promu's builder image " + image, ImageFacts.unknown(image), goVersion, origin.location());
    }

    /** The GOOS of each crossbuild platform ({@code linux/amd64}, {@code linux}, {@code darwin/arm64}), once each; linux without any. */
    private static List<String> platforms(Node root) {
        List<String> goos = new ArrayList<>();
        for (String platform : YamlDocument.strings(YamlDocument.get(YamlDocument.get(root, "crossbuild"), "platforms"))) {
            String os = platform.split("/")[0].replaceAll("[^a-z0-9]", "");
            if (!os.isEmpty() && !goos.contains(os)) {
                goos.add(os);
            }
        }
        return goos.isEmpty() ? List.of("linux") : goos;
    }

    private static List<String> tags(Node tags, String goos) {
        if (tags instanceof MappingNode) {
            Node forOs = YamlDocument.get(tags, goos);
            return YamlDocument.strings(forOs != null ? forOs : YamlDocument.get(tags, "all"));
        }
        return YamlDocument.strings(tags);
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
