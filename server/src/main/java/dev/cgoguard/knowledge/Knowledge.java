package dev.cgoguard.knowledge;

import java.util.function.Supplier;

/**
 * What cgoguard knows that changes with releases, from its knowledge tables (each row with its
 * source): images and runners, Debian releases, Go releases. The engine hands it to the rules; tests
 * may hand other tables.
 */
public final class Knowledge {
    /**
     * The tables shipped with cgoguard, each read when first asked for: a lint whose plans name no
     * image never reads the image table, the largest of them.
     */
    private static final Knowledge BUILT_IN = new Knowledge(ImageTable::builtIn, () -> BuiltInReleases.DEBIAN,
            () -> BuiltInReleases.GO);

    private final Supplier<ImageTable> images;
    private final Supplier<DebianReleases> debian;
    private final Supplier<GoReleases> go;

    public Knowledge(ImageTable images, DebianReleases debian, GoReleases go) {
        this(() -> images, () -> debian, () -> go);
    }

    private Knowledge(Supplier<ImageTable> images, Supplier<DebianReleases> debian, Supplier<GoReleases> go) {
        this.images = images;
        this.debian = debian;
        this.go = go;
    }

    /** The tables shipped with cgoguard (each read once). */
    public static Knowledge builtIn() {
        return BUILT_IN;
    }

    public ImageTable images() {
        return images.get();
    }

    public DebianReleases debian() {
        return debian.get();
    }

    public GoReleases go() {
        return go.get();
    }

    /** The release tables shipped with cgoguard, read when this class is first used. */
    private static final class BuiltInReleases {
        static final DebianReleases DEBIAN = DebianReleases.read(KnowledgeTable.DEBIAN_RELEASES.rows());
        static final GoReleases GO = GoReleases.read(KnowledgeTable.GO_RELEASES.rows());
    }
}
