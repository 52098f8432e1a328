package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.GoSourceAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Go sources outside the workspace that a package graph reads: a GOROOT with its {@code src}
 * folder (null when none, then the standard-library table is used), the module cache (null when
 * none), and other folders (a module replaced by a folder outside the workspace is read only when
 * it lies in one). All are only ever read; {@link GoSourceAccess} decides which are given.
 */
public record GoEnvironment(Path goroot, Path moduleCache, List<Path> folders) {
    public GoEnvironment {
        folders = List.copyOf(folders);
    }

    /** A GOROOT and a module cache, no other folder. */
    public GoEnvironment(Path goroot, Path moduleCache) {
        this(goroot, moduleCache, List.of());
    }

    /** Nothing outside the workspace: the standard-library table, no module cache. */
    public static GoEnvironment none() {
        return new GoEnvironment(null, null, List.of());
    }

    /** The folders outside the workspace the gate lets be read: GOROOT/src, the module cache and the other folders. */
    public List<Path> readOnlyRoots() {
        List<Path> roots = new ArrayList<>();
        if (goroot != null) {
            roots.add(goroot.resolve("src"));
        }
        if (moduleCache != null) {
            roots.add(moduleCache);
        }
        roots.addAll(folders);
        return roots;
    }

    /**
     * The Go sources of this machine that {@code access} lets be read: GOROOT and the module cache
     * are looked for (see {@link #fromVariables}) only when named, so that by default nothing
     * outside the workspace is even looked at.
     */
    public static GoEnvironment of(GoSourceAccess access) {
        return of(access, System.getenv(), Path.of(System.getProperty("user.home", "/")));
    }

    static GoEnvironment of(GoSourceAccess access, Map<String, String> env, Path home) {
        if (access.none()) {
            return none();
        }
        GoEnvironment found = access.goroot() || access.moduleCache() ? fromVariables(env, home) : none();
        return new GoEnvironment(access.goroot() ? found.goroot() : null, access.moduleCache() ? found.moduleCache() : null,
                access.folders());
    }

    /**
     * Finds GOROOT ($GOROOT, /usr/local/go, /usr/lib/go) and the module cache ($GOMODCACHE, $GOPATH/pkg/mod,
     * ~/go/pkg/mod) of this machine; only for what {@link #of(GoSourceAccess)} lets be read, and for tests.
     */
    public static GoEnvironment fromSystem() {
        return fromVariables(System.getenv(), Path.of(System.getProperty("user.home", "/")));
    }

    static GoEnvironment fromVariables(Map<String, String> env, Path home) {
        Path goroot = null;
        for (String candidate : new String[] {env.get("GOROOT"), "/usr/local/go", "/usr/lib/go"}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate, "src", "runtime"))) {
                goroot = Path.of(candidate);
                break;
            }
        }
        Path cache = null;
        String gomodcache = env.get("GOMODCACHE");
        String gopath = env.get("GOPATH");
        if (gomodcache != null && !gomodcache.isBlank()) {
            cache = Path.of(gomodcache);
        } else if (gopath != null && !gopath.isBlank()) {
            cache = Path.of(gopath.split(java.io.File.pathSeparator)[0], "pkg", "mod");
        } else {
            cache = home.resolve("go").resolve("pkg").resolve("mod");
        }
        return new GoEnvironment(goroot, Files.isDirectory(cache) ? cache : null);
    }
}
