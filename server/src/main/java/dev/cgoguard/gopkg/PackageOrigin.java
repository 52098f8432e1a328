package dev.cgoguard.gopkg;

/** Where a package's files were read from. */
public enum PackageOrigin {
    /** A package of the workspace's own modules (or a module replaced by a folder inside the workspace). */
    WORKSPACE,
    /** A dependency under a module's {@code vendor/} folder. */
    VENDOR,
    /** A dependency read from the module cache. */
    MODULE_CACHE,
    /** A module replaced by a folder outside the workspace. */
    LOCAL_REPLACEMENT,
    /** A standard-library package read from a GOROOT on this machine. */
    GOROOT,
    /** A standard-library package known from the data table only. */
    STD_TABLE,
    /** A third-party package not on disk, known from the module table only. */
    KNOWN_MODULE;

    boolean isStandardLibrary() {
        return this == GOROOT || this == STD_TABLE;
    }

    boolean hasFiles() {
        return this != STD_TABLE && this != KNOWN_MODULE;
    }
}
