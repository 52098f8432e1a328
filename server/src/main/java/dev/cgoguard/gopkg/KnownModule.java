package dev.cgoguard.gopkg;

/** A third-party module from the knowledge table: what it needs, and the source of that fact. */
public record KnownModule(String modulePath, String fact, String source, GoImport importedAt) {
}
