package dev.cgoguard.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The Go releases of {@code go-releases.tsv}, oldest first: each major release is supported until
 * there are two newer ones, so the two newest listed are the supported ones.
 */
public final class GoReleases {
    /** A major release ({@code 1.27}) and the date of its .0 release (null when not known). */
    public record Release(int major, int minor, String released, String source) {
        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    private final List<Release> releases;

    public GoReleases(List<Release> releases) {
        if (releases.size() < 2) {
            throw new IllegalArgumentException("the support policy needs the two newest releases");
        }
        this.releases = List.copyOf(releases);
    }

    static GoReleases read(List<String[]> rows) {
        List<Release> releases = new ArrayList<>();
        for (String[] cells : rows) {
            String[] version = cells[0].split("\\.");
            releases.add(new Release(Integer.parseInt(version[0]), Integer.parseInt(version[1]),
                    cells[1].equals("-") ? null : cells[1], cells[2]));
        }
        return new GoReleases(releases);
    }

    public Release newest() {
        return releases.get(releases.size() - 1);
    }

    /** The oldest release still supported (the one before the newest). */
    public Release oldestSupported() {
        return releases.get(releases.size() - 2);
    }
}
