package dev.cgoguard.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What base images and CI runners provide, read from the data file {@code images.tsv} next to this
 * class (every row names its source). An image the table does not cover is
 * {@link ImageFacts#unknown}, never a guess.
 */
public final class ImageTable {
    private static volatile ImageTable builtIn;

    private final List<ImageRow> images = new ArrayList<>();
    private final List<ImageRow> runners = new ArrayList<>();
    private final List<ImageRow> packages = new ArrayList<>();
    /**
     * The facts of each image reference looked up (a Dockerfile's few images are looked up again for
     * every evaluation of it, after every edit). Bounded: past {@value #MAX_LOOKED} references, no more are kept.
     */
    private final Map<String, ImageFacts> looked = new ConcurrentHashMap<>();
    private static final int MAX_LOOKED = 4096;

    private ImageTable(List<ImageRow> rows) {
        for (ImageRow row : rows) {
            switch (row.kind()) {
                case "image" -> images.add(row);
                case "runner" -> runners.add(row);
                case "package" -> packages.add(row);
                default -> throw new IllegalArgumentException("unknown row kind " + row.kind());
            }
        }
    }

    /** The table shipped with cgoguard. */
    public static ImageTable builtIn() {
        ImageTable table = builtIn;
        if (table == null) {
            synchronized (ImageTable.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                table = builtIn;
            }
        }
        return table;
    }

    private static ImageTable load() {
        return new ImageTable(KnowledgeTable.IMAGES.rows().stream().map(ImageRow::of).toList());
    }

    /**
     * The facts of an image reference as written in a {@code FROM} line or a {@code container:}
     * key: Docker Hub prefixes are ignored, no tag means {@code latest}, a digest alone is unknown
     * (the tag it belongs to cannot be told), a tag with a digest is looked up by the tag.
     */
    public ImageFacts lookup(String reference) {
        if (reference == null) {
            return ImageFacts.unknown(null);
        }
        ImageFacts known = looked.get(reference);
        if (known == null) {
            known = find(reference);
            if (looked.size() < MAX_LOOKED) {
                looked.putIfAbsent(reference, known);
            }
        }
        return known;
    }

    private ImageFacts find(String reference) {
        if (reference == null || reference.isBlank() || reference.contains("$")) {
            return ImageFacts.unknown(reference);
        }
        ImageReference ref = ImageReference.parse(reference);
        if (ref.tag() == null) {
            return new ImageFacts(reference, false, null, null, null, null, null, null, null, null,
                    "pinned by digest only: which tag it belongs to is not known");
        }
        for (ImageRow row : images) {
            if (row.matches(ref.repository(), ref.tag())) {
                return row.facts(reference, ref.tag());
            }
        }
        return ImageFacts.unknown(reference);
    }

    /** The facts of a GitHub-hosted runner label ({@code ubuntu-22.04}); unknown for others. */
    public ImageFacts lookupRunner(String label) {
        String normalized = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (ImageRow row : runners) {
            if (row.matches("github", normalized)) {
                return row.facts(label, normalized);
            }
        }
        return ImageFacts.unknown(label);
    }

    /** The Go version a distro's Go package ({@code golang-go}, {@code go}) installs, when known. */
    public Optional<DistroPackage> goPackage(String distro, String packageName) {
        if (distro == null) {
            return Optional.empty();
        }
        for (ImageRow row : packages) {
            if (row.matches(distro.toLowerCase(Locale.ROOT), packageName.toLowerCase(Locale.ROOT))) {
                return Optional.of(new DistroPackage(packageName, row.goVersion(), row.source()));
            }
        }
        return Optional.empty();
    }

    /** A distro package and the Go version it brings, with the source of that fact. */
    public record DistroPackage(String name, String goVersion, String source) {
    }
}
