package dev.cgoguard.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Go sources outside the workspace cgoguard may read, as the {@code go-sources} setting names
 * them: {@code goroot} (the standard library's sources, {@code $GOROOT/src}), {@code module-cache}
 * (the module cache, {@code $GOMODCACHE}) and absolute folders (a module a {@code replace} points
 * outside the workspace to, a GOPATH tree). By default none: the standard library is known from the
 * bundled table and a module that is neither in the workspace nor vendored stays an unknown import.
 * Whatever is named is only ever read; the package graph finds where GOROOT and the module cache are
 * on this machine only when they are named.
 */
public record GoSourceAccess(boolean goroot, boolean moduleCache, List<Path> folders) {
    public static final String GOROOT = "goroot";
    public static final String MODULE_CACHE = "module-cache";
    /** Nothing outside the workspace is read. */
    public static final GoSourceAccess NONE = new GoSourceAccess(false, false, List.of());

    public GoSourceAccess {
        folders = List.copyOf(folders);
    }

    /** True when nothing outside the workspace may be read. */
    public boolean none() {
        return !goroot && !moduleCache && folders.isEmpty();
    }

    /** Why an entry of the setting is not valid ({@code goroot}, {@code module-cache} or an absolute folder), or empty. */
    public static Optional<String> problem(String entry) {
        String text = entry == null ? "" : entry.strip();
        if (text.isEmpty()) {
            return Optional.of("an entry of 'go-sources' is empty; use " + syntax());
        }
        if (keyword(text) != null || text.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' in 'go-sources' is neither goroot, module-cache nor an absolute folder");
    }

    /** The setting's values, for messages. */
    public static String syntax() {
        return "goroot, module-cache or an absolute folder";
    }

    /** The access the entries give; entries that are not valid (see {@link #problem}) are passed over. */
    public static GoSourceAccess of(List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        boolean goroot = false;
        boolean cache = false;
        LinkedHashSet<Path> folders = new LinkedHashSet<>();
        for (String entry : entries) {
            if (problem(entry).isPresent()) {
                continue;
            }
            String text = entry.strip();
            String keyword = keyword(text);
            if (GOROOT.equals(keyword)) {
                goroot = true;
            } else if (MODULE_CACHE.equals(keyword)) {
                cache = true;
            } else {
                folders.add(Path.of(text).normalize());
            }
        }
        return new GoSourceAccess(goroot, cache, new ArrayList<>(folders));
    }

    private static String keyword(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals(GOROOT) || lower.equals(MODULE_CACHE) ? lower : null;
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoSourceAccess that
                && goroot == that.goroot
                && moduleCache == that.moduleCache
                && Objects.equals(folders, that.folders);
    }

    @Override
    public int hashCode() {
        int hash = Boolean.hashCode(goroot);
        hash = 31 * hash + Boolean.hashCode(moduleCache);
        hash = 31 * hash + Objects.hashCode(folders);
        return hash;
    }
}
