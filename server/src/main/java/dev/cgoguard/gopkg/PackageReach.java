package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * What a set of target packages reaches under one build context. Every list is computed through
 * workspace packages, {@code vendor/}, the module cache when present, and the standard-library
 * table; {@code unknownImports} lists what could not be read, so a message can say so.
 * <ul>
 * <li>{@code resolver}: chains to {@code net}, whose cgo resolver is linked when cgo is on and
 * {@code netgo} is not set;</li>
 * <li>{@code userLookup}: chains to {@code os/user}, cgo lookups unless {@code osusergo};</li>
 * <li>{@code cgoPackages}: non-standard packages with {@code import "C"} (they force external linking);</li>
 * <li>{@code cgoRequiredModules}: known third-party modules that need cgo (from the knowledge table);</li>
 * <li>{@code tls}: chains to {@code crypto/x509} (CA certificates);</li>
 * <li>{@code embedsTzdata}: {@code time/tzdata} is imported or the {@code timetzdata} tag is set;</li>
 * <li>{@code goVersion}: the {@code toolchain} (without {@code go}) or {@code go} line of the go.mod of the
 * module containing the working directory, or null;</li>
 * <li>{@code cgoRequiredPackages}: only when cgo is off, non-standard packages with {@code import "C"} files
 * that cgo being off leaves out (with whether other files remain to build).</li>
 * </ul>
 * {@code callSites}: the TLS client calls and {@code time.LoadLocation} calls in the workspace files built
 * (see {@link CallSiteScanner}), in file order. {@code cutHeaders}: where the Go files reached whose header
 * goes on past the part cgoguard reads stop being read (their later imports are among {@code unknownImports}).
 */
public record PackageReach(List<String> targets, List<ImportChain> resolver, List<ImportChain> userLookup,
        List<CgoPackage> cgoPackages, List<KnownModule> cgoRequiredModules, List<ImportChain> tls,
        boolean embedsTzdata, List<String> unknownImports, String goVersion,
        List<CgoRequiredPackage> cgoRequiredPackages, List<GoCallSite> callSites, List<SourceLocation> cutHeaders) {

    /** A reach in which every header was read whole. */
    public PackageReach(List<String> targets, List<ImportChain> resolver, List<ImportChain> userLookup,
            List<CgoPackage> cgoPackages, List<KnownModule> cgoRequiredModules, List<ImportChain> tls,
            boolean embedsTzdata, List<String> unknownImports, String goVersion,
            List<CgoRequiredPackage> cgoRequiredPackages, List<GoCallSite> callSites) {
        this(targets, resolver, userLookup, cgoPackages, cgoRequiredModules, tls, embedsTzdata, unknownImports, goVersion,
                cgoRequiredPackages, callSites, List.of());
    }


    /** The outbound TLS client calls found. */
    public List<GoCallSite> tlsClientCalls() {
        return callSites.stream().filter(c -> c.kind() == GoCallSite.Kind.TLS_CLIENT).toList();
    }

    /** The {@code time.LoadLocation} calls found. */
    public List<GoCallSite> zoneLoads() {
        return callSites.stream().filter(c -> c.kind() == GoCallSite.Kind.LOAD_LOCATION).toList();
    }

}
