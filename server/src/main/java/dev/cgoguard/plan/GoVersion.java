package dev.cgoguard.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Go release as major.minor (patch ignored), parsed from "1.22", "1.22.3", "go1.22" or "1.22rc1". */
public record GoVersion(int major, int minor) implements Comparable<GoVersion> {
    private static final Pattern VERSION = Pattern.compile("(?:go)?(\\d+)\\.(\\d+)");

    public static Optional<GoVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new GoVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return compareTo(new GoVersion(wantMajor, wantMinor)) >= 0;
    }

    @Override
    public int compareTo(GoVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
