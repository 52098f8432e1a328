package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code curl} for the tests' PATH that serves this build's archives (server/target) at the
 * addresses of a GitHub release of this version, to a file ({@code -o FILE}) or to stdout, fails
 * as curl -f does (exit 22) for anything else, and writes down every address asked for.
 */
final class CurlStandIn {
    static final String REPOSITORY = "cgoguard/cgoguard";

    private final Path log;

    private CurlStandIn(Path log) {
        this.log = log;
    }

    /** Writes {@code dir/curl} and its log. */
    static CurlStandIn in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve("curl.log");
        Files.writeString(log, "");
        Path curl = dir.resolve("curl");
        Files.writeString(curl, """
                #!/bin/bash
                out=; url=
                while [ $# -gt 0 ]; do
                  case $1 in
                    -o) out=$2; shift 2 ;;
                    --retry) shift 2 ;;
                    -*) shift ;;
                    *) url=$1; shift ;;
                  esac
                done
                echo "$url" >> '%s'
                prefix="https://github.com/%s/releases/download/v%s/"
                name=
                case $url in
                  "$prefix"*) name=${url#"$prefix"} ;;
                esac
                if [ -z "$name" ] || [ ! -f '%s'/"$name" ]; then
                  echo "curl: (22) The requested URL returned error: 404" >&2
                  exit 22
                fi
                if [ -n "$out" ]; then cp '%s'/"$name" "$out"; else cat '%s'/"$name"; fi
                """.formatted(log, REPOSITORY, Distribution.version(), Distribution.serverTarget(), Distribution.serverTarget(),
                Distribution.serverTarget()));
        curl.toFile().setExecutable(true);
        return new CurlStandIn(log);
    }

    /** The release address of one of this version's assets. */
    static String release(String asset) {
        return "https://github.com/" + REPOSITORY + "/releases/download/v" + Distribution.version() + "/" + asset;
    }

    List<String> requested() throws IOException {
        return Files.readAllLines(log);
    }

    void forget() throws IOException {
        Files.writeString(log, "");
    }
}
