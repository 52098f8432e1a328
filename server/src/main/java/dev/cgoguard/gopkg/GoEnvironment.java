package dev.cgoguard.gopkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Go sources outside the workspace are on this machine: a GOROOT with its {@code src}
 * folder (null when none, then the standard-library table is used) and the module cache (null when
 * none). Both are only ever read.
 */
public record GoEnvironment(Path goroot, Path moduleCache) {
    public static GoEnvironment none() {
        return new GoEnvironment(null, null);
    }

    /** Finds GOROOT ($GOROOT, /usr/local/go, /usr/lib/go) and the module cache ($GOMODCACHE, $GOPATH/pkg/mod, ~/go/pkg/mod). */
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
