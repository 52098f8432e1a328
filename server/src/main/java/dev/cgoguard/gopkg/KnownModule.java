package dev.cgoguard.gopkg;

/**
 * A third-party module from the knowledge table: what it needs, the source of that fact, where it is
 * first imported, and whether a package of the workspace imports it itself ({@code false}: it is
 * reached only through other modules' packages, which may handle its failure).
 */
public record KnownModule(String modulePath, String fact, String source, GoImport importedAt, boolean importedByWorkspace) {
    public KnownModule(String modulePath, String fact, String source, GoImport importedAt) {
        this(modulePath, fact, source, importedAt, true);
    }
}
