package dev.cgoguard.rules;

import dev.cgoguard.knowledge.DebianRelease;
import dev.cgoguard.knowledge.Knowledge;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag of a {@code golang} image as the image rules read it: a Go version
 * ({@code 1.22}, {@code 1.22.3}) and the Debian release it names ({@code -bookworm}), from the
 * Debian releases of the knowledge tables whose glibc is known; null for the default one.
 */
record GolangImageTag(String goVersion, DebianRelease debian) {
    private static final Pattern VERSION_AND_SUFFIX = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)(?:-([a-z]+))?");

    /** The tag read, when it is a Go version alone or with the suffix of a Debian release whose glibc is known. */
    static Optional<GolangImageTag> read(String tag, Knowledge knowledge) {
        if (tag == null) {
            return Optional.empty();
        }
        Matcher m = VERSION_AND_SUFFIX.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new GolangImageTag(m.group(1), null));
        }
        return knowledge.debian().suite(m.group(2)).filter(release -> release.glibc() != null)
                .map(release -> new GolangImageTag(m.group(1), release));
    }
}
