package dev.cgoguard.docker;

import dev.cgoguard.shell.ShellValue;

/**
 * The platform a stage is built for: the target platform (no {@code --platform}, or
 * {@code $TARGETPLATFORM}), the build platform ({@code --platform=$BUILDPLATFORM}, the usual
 * cross-compiling stage), or an explicit one ({@code --platform=linux/arm64}). {@code asWritten} is
 * the flag's value as written, or null; {@code value} is the platform ({@code linux/amd64}).
 */
public record DockerPlatform(Role role, String asWritten, ShellValue value) {
    public enum Role {
        TARGET,
        BUILD,
        EXPLICIT
    }

    public boolean isBuildPlatform() {
        return role == Role.BUILD;
    }
}
