package dev.cgoguard.kinds.docker;

import dev.cgoguard.docker.CopyOrigin;
import dev.cgoguard.docker.DockerCopy;
import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps directories inside a Docker stage back to the workspace, through the stage's
 * {@code COPY}s from the build context ({@code COPY . /src} makes {@code /src/cmd/x} the
 * workspace's {@code cmd/x}). The build context is taken to be the Dockerfile's folder, or the
 * workspace root when the copied sources exist only there.
 */
final class ContextMapping {
    private record Mount(String stageDirectory, String workspaceDirectory) {
    }

    private final List<List<Mount>> mountsByStage = new ArrayList<>();

    static ContextMapping of(Workspace workspace, String dockerfilePath, DockerEvaluation evaluation) {
        return withContext(workspace, contextDirectory(workspace, dockerfilePath, evaluation), evaluation);
    }

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
                    if (inWorkspace != null && !inWorkspace.startsWith("..") && isDirectory(workspace, inWorkspace)) {
                        mounts.add(new Mount(WorkspacePaths.normalize(copy.destination()), inWorkspace));
                    }
                }
            }
            mounts.sort(Comparator.comparingInt((Mount m) -> m.stageDirectory().length()).reversed());
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

    private static String contextDirectory(Workspace workspace, String dockerfilePath, DockerEvaluation evaluation) {
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
        return exists(workspace, WorkspacePaths.join(dockerfileDir, "go.mod")) || !exists(workspace, "go.mod") ? dockerfileDir : "";
    }

    private static boolean exists(Workspace workspace, String path) {
        return path != null && (workspace.file(path).isPresent() || isDirectory(workspace, path));
    }

    private static boolean isDirectory(Workspace workspace, String path) {
        return path.isEmpty() || workspace.hasFileUnder(path);
    }
}
