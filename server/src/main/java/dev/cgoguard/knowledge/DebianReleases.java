package dev.cgoguard.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Debian releases of {@code debian-releases.tsv}, oldest first. */
public final class DebianReleases {
    private final List<DebianRelease> releases;

    public DebianReleases(List<DebianRelease> releases) {
        this.releases = List.copyOf(releases);
    }

    static DebianReleases read(List<String[]> rows) {
        List<DebianRelease> releases = new ArrayList<>();
        for (String[] cells : rows) {
            String[] variants = cells[4].equals("?") ? null : cells[4].split("-", -1);
            releases.add(new DebianRelease(cells[0], Integer.parseInt(cells[1]), cells[2].equals("?") ? null : cells[2],
                    cells[3].equals("yes"), variants == null ? null : version(variants[0]),
                    variants == null || variants[1].isEmpty() ? null : version(variants[1]), cells[5]));
        }
        return new DebianReleases(releases);
    }

    private static int[] version(String text) {
        String[] parts = text.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** Every release, oldest first. */
    public List<DebianRelease> all() {
        return releases;
    }

    /** The releases whose debian images are still published and whose glibc is known, oldest first. */
    public List<DebianRelease> current() {
        return releases.stream().filter(r -> r.imagesPublished() && r.glibc() != null).toList();
    }

    public Optional<DebianRelease> suite(String suite) {
        return releases.stream().filter(r -> r.suite().equals(suite)).findFirst();
    }

    /** The current release whose glibc is exactly {@code glibc} (bookworm for 2.36). */
    public Optional<DebianRelease> withGlibc(String glibc) {
        return current().stream().filter(r -> r.glibc().equals(glibc)).findFirst();
    }

    /** The newest release. */
    public DebianRelease newest() {
        return releases.get(releases.size() - 1);
    }
}
