package dev.cgoguard.docker;

import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A {@code RUN} of a stage, ready for the shell evaluator.
 *
 * @param script   what the shell runs, for the shell form: the command line joined over its
 *                 continuations (comment lines left out), followed by the heredocs it opens; or
 *                 the heredoc alone for {@code RUN <<EOF}. Null for the exec form. Not expanded:
 *                 every character maps back to the Dockerfile through {@link MappedText#fileRange}.
 * @param execForm the argv of the exec form ({@code RUN ["go", "build"]}), else null
 * @param env      the variables in force: the stage's {@code ARG}s and {@code ENV}s (ENV wins)
 * @param workdir  the {@code WORKDIR} in force
 * @param shell    the {@code SHELL} in force ({@code /bin/sh -c} by default)
 * @param flags    the instruction's flags ({@code --mount=type=cache,target=/root/.cache}, {@code --network})
 */
public record DockerRun(int stageIndex, SourceLocation location, MappedText script, List<String> execForm,
        Map<String, ShellValue> env, String workdir, List<String> shell, List<DockerFlag> flags,
        List<PackageInstall> installs) {

    /** The values of the {@code --mount} flags. */
    public List<String> mounts() {
        return flags.stream().filter(f -> f.name().equals("mount") && f.hasValue()).map(DockerFlag::value).toList();
    }
}
