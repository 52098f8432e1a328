package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.shell.ShellValue;

/**
 * An operating system and architecture. A host that is not known from the text (a Makefile run
 * on some machine) is assumed to be linux/amd64, and says so.
 */
public record Platform(String goos, String goarch, boolean assumed) {
    public static final Platform ASSUMED_HOST = new Platform("linux", "amd64", true);

    public static Platform known(String goos, String goarch) {
        return new Platform(goos, goarch, false);
    }

    /** The platform a go command builds for: GOOS/GOARCH from its environment, else the host's. */
    static Platform target(GoInvocation invocation, Platform host) {
        String goos = value(invocation.envValue("GOOS"), host.goos);
        String goarch = value(invocation.envValue("GOARCH"), host.goarch);
        return new Platform(goos, goarch, false);
    }

    private static String value(ShellValue value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!value.known()) {
            return null;
        }
        return value.text().isBlank() ? fallback : value.text().trim();
    }

    public boolean isUnknown() {
        return goos == null || goarch == null;
    }

    Platform withoutAssumption() {
        return new Platform(goos, goarch, false);
    }

    @Override
    public String toString() {
        return goos + "/" + goarch;
    }
}
