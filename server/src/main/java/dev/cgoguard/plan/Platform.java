package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.shell.ShellValue;
import java.util.Objects;

/**
 * An operating system and architecture. A host that is not known from the text (a Makefile run on
 * some machine) is the modelled host ({@link Host}, linux/amd64 unless the settings say otherwise),
 * and says so ({@code assumed}).
 */
public record Platform(String goos, String goarch, boolean assumed) {
    public static Platform known(String goos, String goarch) {
        return new Platform(goos, goarch, false);
    }

    /** The modelled host, for a build file that does not say where it runs. */
    public static Platform modelled(Host host) {
        return new Platform(host.goos(), host.goarch(), true);
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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Platform that
                && Objects.equals(goos, that.goos)
                && Objects.equals(goarch, that.goarch)
                && assumed == that.assumed;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(goos);
        hash = 31 * hash + Objects.hashCode(goarch);
        hash = 31 * hash + Boolean.hashCode(assumed);
        return hash;
    }
}
