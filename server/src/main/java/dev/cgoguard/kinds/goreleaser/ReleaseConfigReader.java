package dev.cgoguard.kinds.goreleaser;

import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.plan.WorkspacePaths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the builds and images of a GoReleaser configuration, v1 or v2 schema: {@code env},
 * {@code builds} (id, main, dir, binary, env, goos, goarch, ignore, targets, flags, ldflags, tags,
 * buildmode, command, overrides, skip, builder, tool), {@code dockers} and {@code dockers_v2}. A build
 * that is skipped, or built by another builder or tool than the go command, is left out.
 */
final class ReleaseConfigReader {
    /** GoReleaser's default linker flags. */
    static final List<String> DEFAULT_LDFLAGS = List.of(
            "-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}} -X main.builtBy=goreleaser");
    private static final List<String> DEFAULT_V2_PLATFORMS = List.of("linux/amd64", "linux/arm64");

    private ReleaseConfigReader() {
    }

    /** The builds of the configuration whose root mapping is {@code root}, in a file in {@code folder}; {@code project}: the default binary name. */
    static List<ReleaseBuild> builds(Node root, String folder, String project) {
        List<String> globalEnv = YamlDocument.strings(YamlDocument.get(root, "env"));
        String projectName = YamlDocument.scalar(root, "project_name");
        String defaultName = projectName != null && !projectName.contains("{{") ? projectName : project;
        Node builds = YamlDocument.get(root, "builds");
        Node single = YamlDocument.get(root, "build"); // the schema before builds: one build mapping
        List<ReleaseBuild> result = new ArrayList<>();
        if (builds == null && !(single instanceof MappingNode)) {
            result.add(build(null, globalEnv, folder, defaultName, 0));
            return result;
        }
        List<Node> items = builds == null ? List.of(single) : YamlDocument.items(builds);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (!(item instanceof MappingNode) || Boolean.TRUE.equals(YamlDocument.bool(YamlDocument.get(item, "skip")))) {
                continue;
            }
            String builder = YamlDocument.scalar(item, "builder");
            String tool = YamlDocument.scalar(item, "tool");
            if (builder != null && !builder.equals("go") || tool != null && !isGoTool(tool)) {
                continue;
            }
            result.add(build(item, globalEnv, folder, defaultName, i));
        }
        return result;
    }

    /** The images built from the builds' binaries. */
    static List<ReleaseImage> images(Node root, String folder) {
        List<ReleaseImage> images = new ArrayList<>();
        for (Node docker : YamlDocument.items(YamlDocument.get(root, "dockers"))) {
            String goos = firstNonNull(YamlDocument.scalar(docker, "goos"), "linux");
            String goarch = firstNonNull(YamlDocument.scalar(docker, "goarch"), "amd64");
            images.add(new ReleaseImage(ids(docker), List.of(new GoTargets.Target(goos, goarch)), dockerfile(docker, folder)));
        }
        for (Node docker : YamlDocument.items(YamlDocument.get(root, "dockers_v2"))) {
            Node platformsNode = YamlDocument.get(docker, "platforms");
            List<String> platforms = platformsNode == null ? DEFAULT_V2_PLATFORMS : YamlDocument.strings(platformsNode);
            List<GoTargets.Target> targets = new ArrayList<>();
            for (String platform : platforms) {
                String[] parts = platform.split("/");
                if (parts.length >= 2) {
                    targets.add(new GoTargets.Target(parts[0], parts[1]));
                }
            }
            images.add(new ReleaseImage(ids(docker), targets, dockerfile(docker, folder)));
        }
        return images;
    }

    private static ReleaseBuild build(Node node, List<String> globalEnv, String folder, String defaultName, int index) {
        String id = firstNonNull(YamlDocument.scalar(node, "id"), index == 0 ? defaultName : defaultName + "-" + index);
        List<String> env = new ArrayList<>(globalEnv);
        env.addAll(YamlDocument.strings(YamlDocument.get(node, "env")));
        List<GoTargets.Target> targets;
        Node explicit = YamlDocument.get(node, "targets");
        if (explicit != null) {
            targets = GoTargets.explicit(YamlDocument.strings(explicit));
        } else {
            Node goos = YamlDocument.get(node, "goos");
            Node goarch = YamlDocument.get(node, "goarch");
            targets = GoTargets.matrix(goos == null ? GoTargets.DEFAULT_GOOS : YamlDocument.strings(goos),
                    goarch == null ? GoTargets.DEFAULT_GOARCH : YamlDocument.strings(goarch), ignores(node));
        }
        Node ldflags = YamlDocument.get(node, "ldflags");
        String dir = YamlDocument.scalar(node, "dir");
        List<ReleaseBuild.Override> overrides = new ArrayList<>();
        for (Node override : YamlDocument.items(YamlDocument.get(node, "overrides"))) {
            overrides.add(new ReleaseBuild.Override(YamlDocument.scalar(override, "goos"), YamlDocument.scalar(override, "goarch"),
                    optionalStrings(override, "env"), optionalStrings(override, "flags"), optionalStrings(override, "ldflags"),
                    optionalStrings(override, "tags")));
        }
        return new ReleaseBuild(node, id, firstNonNull(YamlDocument.scalar(node, "main"), "."),
                WorkspacePaths.join(folder, dir == null ? "" : dir), firstNonNull(YamlDocument.scalar(node, "binary"), defaultName),
                YamlDocument.scalar(node, "binary") != null,
                List.copyOf(env), targets, YamlDocument.strings(YamlDocument.get(node, "flags")),
                ldflags == null ? DEFAULT_LDFLAGS : YamlDocument.strings(ldflags), YamlDocument.strings(YamlDocument.get(node, "tags")),
                YamlDocument.scalar(node, "buildmode"), firstNonNull(YamlDocument.scalar(node, "command"), "build"), overrides);
    }

    private static List<GoTargets.Ignore> ignores(Node node) {
        List<GoTargets.Ignore> ignores = new ArrayList<>();
        for (Node ignore : YamlDocument.items(YamlDocument.get(node, "ignore"))) {
            boolean variant = YamlDocument.get(ignore, "goarm") != null || YamlDocument.get(ignore, "goamd64") != null
                    || YamlDocument.get(ignore, "gomips") != null || YamlDocument.get(ignore, "go386") != null
                    || YamlDocument.get(ignore, "goarm64") != null || YamlDocument.get(ignore, "goriscv64") != null;
            ignores.add(new GoTargets.Ignore(YamlDocument.scalar(ignore, "goos"), YamlDocument.scalar(ignore, "goarch"), variant));
        }
        return ignores;
    }

    private static List<String> optionalStrings(Node node, String key) {
        Node value = YamlDocument.get(node, key);
        return value == null ? null : YamlDocument.strings(value);
    }

    private static Set<String> ids(Node docker) {
        Node ids = YamlDocument.get(docker, "ids");
        return ids == null ? null : new LinkedHashSet<>(YamlDocument.strings(ids));
    }

    private static String dockerfile(Node docker, String folder) {
        return WorkspacePaths.join(folder, firstNonNull(YamlDocument.scalar(docker, "dockerfile"), "Dockerfile"));
    }

    private static boolean isGoTool(String tool) {
        String name = tool.substring(tool.lastIndexOf('/') + 1);
        return name.equals("go") || name.matches("go1(\\.\\d+)*");
    }

    private static String firstNonNull(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
