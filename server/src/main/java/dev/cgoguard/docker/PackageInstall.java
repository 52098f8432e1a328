package dev.cgoguard.docker;

import java.util.List;

/** A package install found in a {@code RUN} body: the package manager and the package names. */
public record PackageInstall(String manager, List<String> packages) {
}
