package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the package arguments of a go command into packages: {@code .}, relative folders,
 * {@code ...} wildcards (which skip vendor, testdata, {@code _}/{@code .} folders and other
 * modules), {@code all}, import paths, and a list of {@code .go} files (the package of those files only).
 */
final class PatternResolver {
    static final String FILE_LIST_PACKAGE = "command-line-arguments";

    private final WorkspaceIndex index;
    private final ModuleScope scope;
    private final PackageResolver resolver;
    private final Collection<String> filesRead;

    /** @param filesRead where the files read resolving import paths are added */
    PatternResolver(WorkspaceIndex index, ModuleScope scope, PackageResolver resolver, Collection<String> filesRead) {
        this.index = index;
        this.scope = scope;
        this.resolver = resolver;
        this.filesRead = filesRead;
    }

    List<ReachTarget> resolve(String workingDirectory, List<String> patterns) {
        List<String> args = patterns == null || patterns.isEmpty() ? List.of(".") : patterns;
        if (args.stream().allMatch(a -> a.endsWith(".go"))) {
            return List.of(fileList(workingDirectory, args));
        }
        Map<String, ReachTarget> targets = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("std") || arg.equals("cmd") || arg.isBlank()) {
                continue;
            }
            if (arg.equals("all")) {
                List<String> dirs = new ArrayList<>();
                for (GoModFile mod : scope.mainModules) {
                    dirs.addAll(wildcard(mod.dir(), mod.dir()));
                }
                addDirs(targets, dirs);
            } else if (isLocal(arg)) {
                local(workingDirectory, arg, targets);
            } else if (arg.contains("...")) {
                importPathWildcard(arg, targets);
            } else {
                GoPackage pkg = resolver.resolve(arg, null, filesRead).orElse(null);
                targets.putIfAbsent(arg, new ReachTarget(arg, pkg));
            }
        }
        return List.copyOf(targets.values());
    }

    private static boolean isLocal(String arg) {
        return arg.equals(".") || arg.equals("..") || arg.startsWith("./") || arg.startsWith("../") || arg.startsWith("/");
    }

    private void local(String workingDirectory, String arg, Map<String, ReachTarget> targets) {
        String resolved = arg.startsWith("/")
                ? index.root.relativize(index.root.resolve(arg).normalize()).toString().replace('\\', '/')
                : WorkspacePaths.resolve(workingDirectory, arg);
        if (resolved == null || resolved.equals("..") || resolved.startsWith("../")) {
            targets.putIfAbsent(arg, new ReachTarget(arg, null));
            return;
        }
        if (!resolved.contains("...")) {
            if (index.hasGoFiles(resolved)) {
                addDir(targets, resolved);
            } else {
                targets.putIfAbsent(arg, new ReachTarget(arg, null));
            }
            return;
        }
        int wild = resolved.indexOf("...");
        String base = WorkspacePaths.parent(resolved.substring(0, wild) + "x");
        Pattern pattern = wildcardPattern(resolved);
        addDirs(targets, wildcard(base, base).stream().filter(dir -> pattern.matcher(dir).matches()).toList());
    }

    private void importPathWildcard(String arg, Map<String, ReachTarget> targets) {
        Pattern pattern = wildcardPattern(arg);
        List<String> dirs = new ArrayList<>();
        if (scope.gopath != null) {
            for (String dir : wildcard("", "")) {
                if (pattern.matcher(resolver.importPathOfDir(dir)).matches()) {
                    dirs.add(dir);
                }
            }
        }
        for (GoModFile mod : scope.mainModules) {
            for (String dir : wildcard(mod.dir(), mod.dir())) {
                if (pattern.matcher(resolver.importPathOfDir(dir)).matches()) {
                    dirs.add(dir);
                }
            }
        }
        addDirs(targets, dirs);
    }

    /** Adds the packages of the folders, in order, their headers read in parallel first. */
    private void addDirs(Map<String, ReachTarget> targets, List<String> dirs) {
        index.readAhead(dirs);
        dirs.forEach(dir -> addDir(targets, dir));
    }

    private void addDir(Map<String, ReachTarget> targets, String dir) {
        GoPackage pkg = resolver.workspacePackage(dir);
        targets.putIfAbsent(pkg.importPath(), new ReachTarget(pkg.importPath(), pkg));
    }

    /** Folders at or below {@code base} that a {@code ...} pattern matches, sorted. */
    private Set<String> wildcard(String base, String moduleDir) {
        GoModFile baseModule = index.moduleOf(moduleDir);
        Set<String> dirs = new TreeSet<>();
        for (String dir : index.goDirs()) {
            if (!WorkspacePaths.isWithin(dir, base) || !hasBuildableName(dir)) {
                continue;
            }
            String rel = dir.equals(base) ? "" : dir.substring(base.isEmpty() ? 0 : base.length() + 1);
            if (!rel.isEmpty() && hasSkippedElement(rel)) {
                continue;
            }
            GoModFile module = index.moduleOf(dir);
            if (module != baseModule && !scope.mainModules.contains(module)) {
                continue;
            }
            dirs.add(dir);
        }
        return dirs;
    }

    private static boolean hasSkippedElement(String rel) {
        for (String element : rel.split("/")) {
            if (element.startsWith("_") || element.startsWith(".") || element.equals("testdata") || element.equals("vendor")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBuildableName(String dir) {
        return index.goFileNamesIn(dir).stream().anyMatch(name -> !FileNameRules.isExcludedName(name));
    }

    /** go's pattern matching: {@code ...} matches any string, and {@code x/...} also matches {@code x}. */
    static Pattern wildcardPattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.split("\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        String result = regex.toString();
        if (pattern.endsWith("/...")) {
            String prefix = pattern.substring(0, pattern.length() - 4);
            result = "(?:" + result + "|" + Pattern.quote(prefix) + ")";
        }
        return Pattern.compile(result.replace("\\Q\\E", ""));
    }

    private ReachTarget fileList(String workingDirectory, List<String> files) {
        List<String> paths = new ArrayList<>();
        for (String file : files) {
            String resolved = WorkspacePaths.resolve(workingDirectory, file);
            if (resolved != null) {
                paths.add(resolved);
            }
        }
        if (paths.isEmpty()) {
            return new ReachTarget(String.join(" ", files), null);
        }
        String dir = WorkspacePaths.parent(paths.get(0));
        List<GoFileHeader> headers = index.headersIn(dir).stream().filter(h -> paths.contains(h.path())).toList();
        GoPackage pkg = headers.isEmpty() ? null : new GoPackage(FILE_LIST_PACKAGE, PackageOrigin.WORKSPACE, dir, headers);
        return new ReachTarget(dir, pkg);
    }
}
