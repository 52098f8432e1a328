package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a package that a build context compiles, and their imports (each path once, at its
 * first occurrence in file-name order). Files that import {@code "C"} count only when cgo is on.
 */
record FileSelection(List<GoFileHeader> files, List<GoImport> imports) {

    static FileSelection of(List<GoFileHeader> candidates, TagMatcher tags, boolean cgoEnabled) {
        List<GoFileHeader> files = new ArrayList<>();
        Map<String, GoImport> imports = new LinkedHashMap<>();
        for (GoFileHeader header : candidates) {
            if (includes(header, tags, cgoEnabled)) {
                files.add(header);
                for (GoImport goImport : header.imports()) {
                    imports.putIfAbsent(goImport.path(), goImport);
                }
            }
        }
        return new FileSelection(List.copyOf(files), List.copyOf(imports.values()));
    }

    /**
     * What a file's name and package clause say about its part in any build, read once per file:
     * whether it can be built at all, and the OS and architecture its name's suffix asks for (null
     * for none). {@link #of(List, List, TagMatcher, boolean)} then only asks the context.
     */
    record NameFacts(boolean buildable, String goos, String goarch) {
        static NameFacts of(GoFileHeader header) {
            String name = header.fileName();
            boolean buildable = header.packageName() != null && !FileNameRules.isExcludedName(name)
                    && !header.packageName().equals("documentation");
            String[] platform = FileNameRules.platformSuffix(name);
            return new NameFacts(buildable, platform[0], platform[1]);
        }

        boolean matches(GoFileHeader header, TagMatcher tags, boolean cgoEnabled) {
            return buildable && (goos == null || tags.test(goos)) && (goarch == null || tags.matchesArch(goarch))
                    && (header.constraint() == null || header.constraint().eval(tags)) && (!header.usesCgo() || cgoEnabled);
        }
    }

    /** The selection, given the name facts of the candidates (in the same order). */
    static FileSelection of(List<GoFileHeader> candidates, List<NameFacts> facts, TagMatcher tags, boolean cgoEnabled) {
        List<GoFileHeader> files = new ArrayList<>();
        Map<String, GoImport> imports = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            GoFileHeader header = candidates.get(i);
            if (facts.get(i).matches(header, tags, cgoEnabled)) {
                files.add(header);
                for (GoImport goImport : header.imports()) {
                    imports.putIfAbsent(goImport.path(), goImport);
                }
            }
        }
        return new FileSelection(List.copyOf(files), List.copyOf(imports.values()));
    }

    /** Whether a file is built: a usable name, a package clause, its OS/arch suffix, its constraint, cgo. */
    static boolean includes(GoFileHeader header, TagMatcher tags, boolean cgoEnabled) {
        String name = header.fileName();
        if (header.packageName() == null || FileNameRules.isExcludedName(name)) {
            return false;
        }
        if (header.packageName().equals("documentation")) {
            return false; // go/build ignores package documentation files
        }
        if (!FileNameRules.matchesPlatform(name, tags)) {
            return false;
        }
        if (header.constraint() != null && !header.constraint().eval(tags)) {
            return false;
        }
        return !header.usesCgo() || cgoEnabled;
    }
}
