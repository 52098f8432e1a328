package dev.cgoguard.kinds.docker;

import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.docker.CopyOrigin;
import dev.cgoguard.docker.DockerCopy;
import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.workspace.ThirdPartyPaths;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maps directories inside a Docker stage back to the workspace, through the stage's
 * {@code COPY}s from the build context ({@code COPY . /src} makes {@code /src/cmd/x} the
 * workspace's {@code cmd/x}). The build context is taken to be the Dockerfile's folder, or the
 * workspace root when the copied sources exist only there. The Dockerfile of a nested module or of
 * a vendored project builds that project: its context is its own folder.
 */
final class ContextMapping {
    private record Mount(String stageDirectory, String workspaceDirectory) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Mount that
                    && Objects.equals(stageDirectory, that.stageDirectory)
                    && Objects.equals(workspaceDirectory, that.workspaceDirectory);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(stageDirectory);
            hash = 31 * hash + Objects.hashCode(workspaceDirectory);
            return hash;
        }
    }

    /** The patterns of the COPY source names met lately, by name: every edit maps the build context again. */
    private static final GenerationalCache<String, Pattern> GLOBS = new GenerationalCache<>(256);

    private final List<List<Mount>> mountsByStage = new ArrayList<>();

    /** The mapping for a build whose context is the workspace folder {@code context}. */
    static ContextMapping withContext(Workspace workspace, String context, DockerEvaluation evaluation) {
        ContextMapping mapping = new ContextMapping();
        for (DockerStage stage : evaluation.stages()) {
            List<Mount> mounts = new ArrayList<>();
            if (stage.baseStage() >= 0 && stage.baseStage() < mapping.mountsByStage.size()) {
                mounts.addAll(mapping.mountsByStage.get(stage.baseStage()));
            }
            for (DockerCopy copy : stage.copies()) {
                if (copy.from().kind() != CopyOrigin.Kind.CONTEXT || copy.destination() == null) {
                    continue;
                }
                for (String source : copy.sources()) {
                    String inWorkspace = WorkspacePaths.join(context, source);
                    if (inWorkspace == null || inWorkspace.startsWith("..")) {
                        continue;
                    }
                    if (isDirectory(workspace, inWorkspace)) {
                        mounts.add(new Mount(WorkspacePaths.normalize(copy.destination()), inWorkspace));
                    } else if (copy.destinationIsDirectory() && filesOf(workspace, inWorkspace)) {
                        // COPY go.mod *.go ./ : the folder holds those files of the context's folder
                        Mount files = new Mount(WorkspacePaths.normalize(copy.destination()), WorkspacePaths.parent(inWorkspace));
                        if (!mounts.contains(files)) {
                            mounts.add(files);
                        }
                    }
                }
            }
            mounts.sort((a, b) -> Integer.compare(b.stageDirectory().length(), a.stageDirectory().length()));
            mapping.mountsByStage.add(mounts);
        }
        return mapping;
    }

    /** The workspace directory behind an absolute directory of a stage, or null when it is not from the build context. */
    String workspaceDirectory(int stageIndex, String stageDirectory) {
        if (stageDirectory == null || stageIndex < 0 || stageIndex >= mountsByStage.size()) {
            return null;
        }
        String dir = WorkspacePaths.normalize(stageDirectory);
        for (Mount mount : mountsByStage.get(stageIndex)) {
            String base = mount.stageDirectory();
            if (dir.equals(base) || dir.startsWith(base.equals("/") ? "/" : base + "/")) {
                String rest = dir.substring(base.length()).replaceFirst("^/", "");
                return WorkspacePaths.join(mount.workspaceDirectory(), rest);
            }
        }
        return null;
    }

    /** The workspace folder the Dockerfile's build context is taken to be ("" for the root). */
    static String contextDirectory(Workspace workspace, String dockerfilePath, DockerEvaluation evaluation) {
        String dockerfileDir = WorkspacePaths.parent(dockerfilePath);
        if (dockerfileDir.isEmpty()) {
            return "";
        }
        for (DockerStage stage : evaluation.stages()) {
            for (DockerCopy copy : stage.copies()) {
                if (copy.from().kind() != CopyOrigin.Kind.CONTEXT) {
                    continue;
                }
                for (String source : copy.sources()) {
                    if (source.equals(".") || source.equals("./")) {
                        continue;
                    }
                    boolean nearDockerfile = exists(workspace, WorkspacePaths.join(dockerfileDir, source));
                    boolean atRoot = exists(workspace, WorkspacePaths.normalize(source));
                    if (!nearDockerfile && atRoot) {
                        return "";
                    }
                }
            }
        }
        return exists(workspace, WorkspacePaths.join(dockerfileDir, "go.mod")) || !exists(workspace, "go.mod")
                || ThirdPartyPaths.contains(dockerfilePath) ? dockerfileDir : "";
    }

    /** True when a COPY source names workspace files: a file, or a glob ({@code *.go}) that matches some in its folder. */
    private static boolean filesOf(Workspace workspace, String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
            return workspace.file(source).isPresent();
        }
        String folder = WorkspacePaths.parent(source);
        Pattern glob = GLOBS.get(name, n -> Pattern.compile(
                n.replace(".", "\\.").replace("*", "[^/]*").replace("?", "[^/]")));
        // answered from the snapshot's path index: one folder's names, not every path of the workspace
        return !workspace.pathsMatching(folder, List.of(glob)).isEmpty();
    }

    private static boolean exists(Workspace workspace, String path) {
        return path != null && (workspace.file(path).isPresent() || isDirectory(workspace, path));
    }

    private static boolean isDirectory(Workspace workspace, String path) {
        return path.isEmpty() || workspace.hasFileUnder(path);
    }
}
