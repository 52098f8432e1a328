package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * All that selecting among some files asks of a build context: whether each tag that their OS
     * suffixes and build constraints name holds, whether each architecture their suffixes name is the
     * target's, and whether cgo is on (when one of them imports "C"). Contexts that give the same
     * answers select the same files: most packages of a repository select alike whether
     * {@code netgo} is set or not, or for amd64 and arm64.
     */
    record Questions(List<String> tags, List<String> arches, boolean cgo) {
        static Questions of(List<GoFileHeader> candidates, List<NameFacts> facts) {
            Set<String> tags = new LinkedHashSet<>();
            Set<String> arches = new LinkedHashSet<>();
            boolean cgo = false;
            for (int i = 0; i < candidates.size(); i++) {
                NameFacts fact = facts.get(i);
                if (!fact.buildable()) {
                    continue;
                }
                if (fact.goos() != null) {
                    tags.add(fact.goos());
                }
                if (fact.goarch() != null) {
                    arches.add(fact.goarch());
                }
                addTags(candidates.get(i).constraint(), tags);
                cgo |= candidates.get(i).usesCgo();
            }
            return new Questions(List.copyOf(tags), List.copyOf(arches), cgo);
        }

        private static void addTags(BuildConstraint constraint, Set<String> into) {
            if (constraint instanceof BuildConstraint.Tag tag) {
                into.add(tag.name());
            } else if (constraint instanceof BuildConstraint.Not not) {
                addTags(not.operand(), into);
            } else if (constraint instanceof BuildConstraint.And and) {
                and.operands().forEach(operand -> addTags(operand, into));
            } else if (constraint instanceof BuildConstraint.Or or) {
                or.operands().forEach(operand -> addTags(operand, into));
            }
        }

        /** A context's answers, one bit per question in the order above. */
        BitSet answers(TagMatcher context, boolean cgoEnabled) {
            BitSet answers = new BitSet();
            for (int i = 0; i < tags.size(); i++) {
                answers.set(i, context.test(tags.get(i)));
            }
            for (int i = 0; i < arches.size(); i++) {
                answers.set(tags.size() + i, context.matchesArch(arches.get(i)));
            }
            answers.set(tags.size() + arches.size(), cgo && cgoEnabled);
            return answers;
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
