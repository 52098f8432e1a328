package dev.cgoguard.gopkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workspace laid out for GOPATH mode, without a go.mod above its root: the import path its root
 * folder has under {@code $GOPATH/src}, which the go command took from where the tree was checked
 * out. cgoguard infers it from the tree itself, as a reader would: the {@code ImportPath} of a
 * Godeps manifest, the {@code package} of a glide.yaml, else the prefix its own packages import
 * each other with ({@code github.com/x/y/pkg/a} importing {@code github.com/x/y/pkg/b} where the
 * folder {@code pkg/b} exists). Its {@code vendor/} folder and an old Godeps workspace
 * ({@code Godeps/_workspace/src}) hold the dependencies.
 */
record GopathRoot(String importPath, String source) {
    private static final Pattern GODEPS_IMPORT_PATH = Pattern.compile("\"ImportPath\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern GLIDE_PACKAGE = Pattern.compile("(?m)^package:\\s*['\"]?([^'\"\\s#]+)");
    private static final long MAX_MANIFEST = 1024 * 1024;

    /** The import path of the workspace root, when no go.mod covers it and the tree tells it. */
    static Optional<GopathRoot> infer(WorkspaceIndex index) {
        if (index.modsByDir.containsKey("") || !index.worksByDir.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> godeps = manifest(index.root.resolve("Godeps/Godeps.json"), GODEPS_IMPORT_PATH);
        if (godeps.isPresent()) {
            return Optional.of(new GopathRoot(godeps.get(), "the ImportPath of Godeps/Godeps.json"));
        }
        Optional<String> glide = manifest(index.root.resolve("glide.yaml"), GLIDE_PACKAGE);
        if (glide.isPresent()) {
            return Optional.of(new GopathRoot(glide.get(), "the package of glide.yaml"));
        }
        return selfImports(index).map(path -> new GopathRoot(path, "the paths its own packages import each other with"));
    }

    /** The folder of the workspace an import path names, when it is below the root's import path; else null. */
    String folderOf(String importPath) {
        if (importPath.equals(this.importPath)) {
            return "";
        }
        return importPath.startsWith(this.importPath + "/") ? importPath.substring(this.importPath.length() + 1) : null;
    }

    /** The import path of a workspace folder. */
    String importPathOf(String dir) {
        return dir.isEmpty() ? importPath : importPath + "/" + dir;
    }

    private static Optional<String> manifest(Path file, Pattern pattern) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_MANIFEST) {
                return Optional.empty();
            }
            Matcher m = pattern.matcher(Files.readString(file));
            return m.find() && looksLikeImportPath(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The prefix most of the tree's own imports share with its folders: each import of a package
     * outside vendor/ that ends in a folder of the tree (and is not vendored) votes for what comes
     * before that folder.
     */
    private static Optional<String> selfImports(WorkspaceIndex index) {
        Map<String, Integer> votes = new HashMap<>();
        for (String dir : index.goDirs()) {
            if (thirdParty(dir) || index.moduleOf(dir) != null) {
                continue;
            }
            for (GoFileHeader header : index.headersIn(dir)) {
                for (GoImport goImport : header.imports()) {
                    vote(index, goImport.path(), votes);
                }
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey);
    }

    private static void vote(WorkspaceIndex index, String importPath, Map<String, Integer> votes) {
        if (PackageResolver.isStandardLibraryPath(importPath) || index.hasGoFiles("vendor/" + importPath)) {
            return;
        }
        int slash = importPath.indexOf('/');
        while (slash > 0) {
            String prefix = importPath.substring(0, slash);
            String folder = importPath.substring(slash + 1);
            if (looksLikeImportPath(prefix) && !thirdParty(folder) && index.hasGoFiles(folder)) {
                votes.merge(prefix, 1, Integer::sum);
                return;
            }
            slash = importPath.indexOf('/', slash + 1);
        }
    }

    /** A folder of third-party code in GOPATH mode: vendor/, Godeps/_workspace, testdata/. */
    static boolean thirdParty(String dir) {
        for (String element : dir.split("/")) {
            if (element.equals("vendor") || element.equals("testdata") || element.equals("_workspace")) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeImportPath(String path) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        return first.contains(".") && !path.contains(" ") && !path.endsWith("/");
    }
}
