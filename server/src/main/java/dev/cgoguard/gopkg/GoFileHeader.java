package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * What cgoguard reads from one Go file: the package clause, the imports, the build constraint
 * from the leading comments, and, for a file that imports {@code "C"}, its preamble's {@code #cgo}
 * directives and NSS/dlopen calls.
 *
 * @param path workspace-relative path, or an absolute path for files outside the workspace
 * @param packageName the package name, or null when the file has no readable package clause
 * @param imports the imports other than {@code "C"}, in file order
 * @param importC where {@code import "C"} stands, or null
 * @param constraint the {@code //go:build} (or {@code // +build}) constraint, or null when there is none
 * @param callSites TLS client calls and zone lookups in the whole file ({@link CallSiteScanner}); empty for
 *                  files read outside the workspace, where only the header is read
 * @param cutAt where reading stopped when the header goes on past the first
 *              {@value dev.cgoguard.workspace.ScanLimits#GO_PREFIX_BYTES} bytes of the file (the
 *              imports after it are not known), else null
 */
public record GoFileHeader(String path, String packageName, List<GoImport> imports, SourceLocation importC,
        BuildConstraint constraint, List<CgoDirective> cgoDirectives, List<NssCall> nssCalls, List<GoCallSite> callSites,
        SourceLocation cutAt) {

    /** A header read whole. */
    public GoFileHeader(String path, String packageName, List<GoImport> imports, SourceLocation importC,
            BuildConstraint constraint, List<CgoDirective> cgoDirectives, List<NssCall> nssCalls, List<GoCallSite> callSites) {
        this(path, packageName, imports, importC, constraint, cgoDirectives, nssCalls, callSites, null);
    }

    /** The original shape, without call sites. */
    public GoFileHeader(String path, String packageName, List<GoImport> imports, SourceLocation importC,
            BuildConstraint constraint, List<CgoDirective> cgoDirectives, List<NssCall> nssCalls) {
        this(path, packageName, imports, importC, constraint, cgoDirectives, nssCalls, List.of());
    }

    /** The same header with the call sites a scan of the whole file found. */
    public GoFileHeader withCallSites(List<GoCallSite> sites) {
        return new GoFileHeader(path, packageName, imports, importC, constraint, cgoDirectives, nssCalls, List.copyOf(sites), cutAt);
    }

    /** The same header, marked as cut where reading stopped. */
    public GoFileHeader cutAt(SourceLocation where) {
        return new GoFileHeader(path, packageName, imports, importC, constraint, cgoDirectives, nssCalls, callSites, where);
    }

    public boolean usesCgo() {
        return importC != null;
    }

    public String fileName() {
        return FileNameRules.fileName(path);
    }
}
