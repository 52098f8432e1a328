package dev.cgoguard.rules;

import dev.cgoguard.knowledge.ImageReference;
import dev.cgoguard.plan.BuildEnvironment;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go toolchain that runs a build, with its patch release when the text names one:
 * {@code FROM golang:1.9.2-alpine} gives 1.9.2; {@code golang:1.22} gives 1.22 with no patch (the
 * tag follows the newest patch release); setup-go's {@code go-version: 1.21.5} gives 1.21.5.
 * {@code image} is the image it comes from, or null.
 */
record GoToolchainVersion(int major, int minor, Integer patch, String image) {
    private static final Pattern VERSION = Pattern.compile("^(?:go)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    static Optional<GoToolchainVersion> of(BuildEnvironment build) {
        if (build == null) {
            return Optional.empty();
        }
        if (build.facts() != null && build.facts().reference() != null && !build.facts().reference().contains("$")) {
            ImageReference ref = ImageReference.parse(build.facts().reference());
            if (ref.repository().equals("golang") && ref.tag() != null) {
                Optional<GoToolchainVersion> fromTag = parse(ref.tag(), build.facts().reference());
                if (fromTag.isPresent()) {
                    return fromTag;
                }
            }
        }
        return parse(build.goVersion(), null);
    }

    static Optional<GoToolchainVersion> parse(String text, String image) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GoToolchainVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)), image));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean below(int wantMajor, int wantMinor) {
        return major != wantMajor ? major < wantMajor : minor < wantMinor;
    }

    /** True for releases before {@code major.minor.patch}; a version without patch is the newest patch of its minor. */
    boolean belowPatch(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor || minor != wantMinor) {
            return below(wantMajor, wantMinor);
        }
        return patch != null && patch < wantPatch;
    }

    @Override
    public String toString() {
        return major + "." + minor + (patch == null ? "" : "." + patch);
    }
}
