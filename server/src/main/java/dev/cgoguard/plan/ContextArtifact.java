package dev.cgoguard.plan;

/**
 * A file of the workspace a Dockerfile copies from its build context into the image it produces
 * ({@code COPY bin/app-linux-amd64 /app}), and where it runs there: a binary a Makefile or a script
 * builds to that path runs in that image.
 */
public record ContextArtifact(String workspacePath, RunEnvironment runEnvironment) {
}
