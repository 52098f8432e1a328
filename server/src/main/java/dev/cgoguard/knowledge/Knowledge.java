package dev.cgoguard.knowledge;

/**
 * What cgoguard knows that changes with releases, from its knowledge tables (each row with its
 * source): images and runners, Debian releases, Go releases. The engine hands it to the rules; tests
 * may hand other tables.
 */
public record Knowledge(ImageTable images, DebianReleases debian, GoReleases go) {
    private static volatile Knowledge builtIn;

    /** The tables shipped with cgoguard (read once). */
    public static Knowledge builtIn() {
        Knowledge knowledge = builtIn;
        if (knowledge == null) {
            synchronized (Knowledge.class) {
                if (builtIn == null) {
                    builtIn = new Knowledge(ImageTable.builtIn(), DebianReleases.read(KnowledgeTable.DEBIAN_RELEASES.rows()),
                            GoReleases.read(KnowledgeTable.GO_RELEASES.rows()));
                }
                knowledge = builtIn;
            }
        }
        return knowledge;
    }
}
