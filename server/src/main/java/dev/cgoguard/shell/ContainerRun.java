package dev.cgoguard.shell;

/**
 * The container a command runs in when a script starts it with {@code docker run … IMAGE command…}
 * (or {@code podman run}): the image as written after expansion, and the {@code --platform} (null
 * when not given). The command's working directory is the workspace folder bind-mounted at its
 * {@code -w} directory when the script mounts its own directory there ({@code -v "$PWD":/src -w /src}),
 * else the path inside the container.
 */
public record ContainerRun(ShellValue image, ShellValue platform) {
}
