#!/bin/sh
# Lays out the distribution and packs the archives users download.
#
#   dist.sh SHADED_JAR LAUNCHER LICENSE VERSION TARGET_DIR [FIXTURES_DIR]
#
# TARGET_DIR/dist: bin/cgoguard (the launcher), lib/cgoguard.jar (the shaded jar), LICENSE and
# lib/cgoguard.jsa, a static class-data-sharing archive of the JDK's and cgoguard's classes that a
# lint and an editor's session load, listed by running a lint of a small project made here and a
# language-server session on it (open a Makefile, ask for its fixes) with the Java of this build
# (-XX:DumpLoadedClassList), then a lint of a copy of FIXTURES_DIR when given (the repository's
# tests/fixtures: the projects of every rule, whose evaluation reaches the lambdas and method-handle
# forms a real repository's lint uses, so that they are mapped from the archive instead of being
# generated at run time), and then dumped from that list (-Xshare:dump). A static archive, not a
# dynamic one (-XX:ArchiveClassesAtExit): picocli's classes are Java 5 class files, which Java 17
# archives only in a static dump, and a static dump also keeps the lambda forms and lambda classes
# the list names. The archive is optional: the launcher works without it, and uses it only with the
# Java that made it and the jar it was made from (lib/cgoguard.jsa.java names both), because Java
# maps no shared class at all, not even its own, when a static archive does not match.
#
# TARGET_DIR/cgoguard-VERSION.zip: bin/cgoguard, lib/cgoguard.jar and LICENSE under cgoguard-VERSION/,
# for any system with Java 17 or later.
#
# TARGET_DIR/cgoguard-VERSION-linux-ARCH.tar.gz: the same plus runtime/, a Java runtime made with
# jlink from this build's JDK (only the modules cgoguard uses, with the JDK's own class-data-sharing
# archive of its classes), so that nothing else needs to be installed. It has no archive of
# cgoguard's own classes: Java 17 records the jar's absolute path in such an archive and refuses it
# once the distribution is unpacked anywhere else.
#
# Each archive has a .sha256 file beside it, in the format sha256sum -c reads.
set -eu
jar=$1 launcher=$2 license=$3 version=$4 target=$5 fixtures=${6:-}

fail() {
    echo "cgoguard build: $*" >&2
    exit 1
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java) || fail "no java on PATH and no JAVA_HOME"
fi
real_java=$(readlink -f "$java" 2>/dev/null || echo "$java")
jdk_bin=$(dirname "$real_java")
[ -x "$jdk_bin/jlink" ] || fail "no jlink beside $real_java: the platform archive needs a full JDK 17 (Debian 12: apt-get install -y openjdk-17-jdk)"
command -v zip > /dev/null 2>&1 || fail "the zip command is missing (Debian 12: apt-get install -y zip)"

# The modules the shaded jar uses: java.base, java.util.logging (LSP4J), sun.misc.Unsafe (Gson).
modules=java.base,java.logging,jdk.unsupported

case $(uname -m) in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
esac
name=cgoguard-$version

# lay_out DIR: the files every layout holds.
lay_out() {
    rm -rf "$1"
    mkdir -p "$1/bin" "$1/lib"
    cp "$jar" "$1/lib/cgoguard.jar"
    cp "$launcher" "$1/bin/cgoguard"
    chmod 755 "$1/bin/cgoguard"
    cp "$license" "$1/LICENSE"
}

# --- target/dist, with an archive of cgoguard's classes for this build's Java
dist=$target/dist
lay_out "$dist"

# A training project with each kind of build file, so that their readers' classes are archived.
train=$target/cds-training
rm -rf "$train"
mkdir -p "$train/cmd/app" "$train/.github/workflows"
printf 'module example.com/app\n\ngo 1.22\n' > "$train/go.mod"
printf 'package main\n\nimport (\n\t"net/http"\n\t"os/user"\n)\n\nfunc main() { _, _ = user.Current(); _, _ = http.Get("https://example.com") }\n' \
    > "$train/cmd/app/main.go"
printf 'build:\n\tCGO_ENABLED=1 go build -ldflags '"'"'-extldflags "-static"'"'"' ./cmd/app\n' > "$train/Makefile"
printf 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/app\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' \
    > "$train/Dockerfile"
printf '#!/bin/sh\nset -e\nGOOS=linux go build ./...\n' > "$train/build.sh"
printf 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build ./...\n' > "$train/.github/workflows/ci.yml"
# ... and what a real repository has besides: packages of several files, a build script with arrays,
# parameter expansions and read, an included makefile and a recursive make, package installs in a
# Dockerfile, a CI matrix (their evaluators' lambdas are archived with them)
mkdir -p "$train/internal/store" "$train/scripts" "$train/tools"
printf 'package main\n\nimport "net"\n\nfunc lookup() { _, _ = net.LookupHost("example.com") }\n' > "$train/cmd/app/lookup.go"
printf 'package store\n\nimport "database/sql"\n\nvar DB *sql.DB\n' > "$train/internal/store/store.go"
printf '//go:build cgo && linux\n\npackage store\n\nimport "os/user"\n\nfunc Owner() { _, _ = user.Lookup("root") }\n' > "$train/internal/store/store_cgo.go"
printf '//go:build !cgo && (linux || darwin)\n\npackage store\n\nimport "os/user"\n\nfunc Owner() { _, _ = user.Current() }\n' > "$train/internal/store/store_nocgo.go"
printf 'package main\n\nimport _ "example.com/app/internal/store"\n\nfunc main() {}\n' > "$train/tools/main.go"
cat > "$train/scripts/build.sh" << 'SCRIPT'
#!/bin/bash
set -euo pipefail
read -r VERSION < VERSION || VERSION=dev
flags=(-trimpath -ldflags "-X main.version=${VERSION:-dev}")
for os in linux darwin; do
    CGO_ENABLED=0 GOOS=$os go build "${flags[@]}" -o "bin/app-${os}" ./cmd/app
done
SCRIPT
printf 'GOFLAGS ?= -mod=mod\nTOOLS := $(wildcard tools/*.go)\n' > "$train/common.mk"
printf 'include common.mk\nVERSION ?= $(shell cat VERSION)\n\nrelease: tools\n\t./scripts/build.sh\n\ntools:\n\t$(MAKE) -C tools build\n' >> "$train/Makefile"
printf 'build:\n\tCGO_ENABLED=1 go build -o ../bin/tool .\n' > "$train/tools/Makefile"
printf 'FROM golang:1.22-alpine AS tools\nRUN apk add --no-cache gcc musl-dev\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /tool ./tools\n\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nCOPY --from=tools /tool /tool\n' \
    > "$train/tools.Dockerfile"
printf 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, macos-latest]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: make release\n      - run: docker build -f tools.Dockerfile .\n' \
    > "$train/.github/workflows/test.yml"

# The jar's path as the launcher names it (the archive records it and serves no other).
dist_jar=$(cd "$dist/lib" && pwd)/cgoguard.jar
train_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

# message JSON: one language-server message as a client writes it on the server's stdin.
message() {
    printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$1" | wc -c)" "$1"
}

# await TEXT: waits (up to 30 s) until the training server has written TEXT.
await() {
    tries=0
    while ! grep -q -F "$1" "$lsp_out" 2> /dev/null && [ $tries -lt 300 ]; do
        tries=$((tries + 1))
        sleep 0.1
    done
}

# An editor's session with the language server: start, open the Makefile, ask for its fixes, stop.
# Each step waits for the server's answer to the one before, as a client does.
editor_session() {
    uri=file://$(cd "$train" && pwd)
    message '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"'"$uri"'","capabilities":{"textDocument":{"publishDiagnostics":{"relatedInformation":true}}},"workspaceFolders":[{"uri":"'"$uri"'","name":"training"}]}}'
    await '"id":1,'
    message '{"jsonrpc":"2.0","method":"initialized","params":{}}'
    message '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"'"$uri"'/Makefile","languageId":"makefile","version":1,"text":"build:\n\tCGO_ENABLED=1 go build -ldflags '"'"'-extldflags \"-static\"'"'"' ./cmd/app\n"}}}'
    await 'textDocument/publishDiagnostics'
    message '{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"'"$uri"'/Makefile"},"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":0}},"context":{"diagnostics":[]}}}'
    await '"id":2,'
    message '{"jsonrpc":"2.0","id":3,"method":"shutdown","params":null}'
    await '"id":3,'
    message '{"jsonrpc":"2.0","method":"exit","params":null}'
}

# The classes a lint loads, then those an editor's session loads (the language server's own,
# LSP4J's and Gson's): one list, one archive for both.
classlist=$target/cds-classlist
lsp_out=$target/cds-lsp-output
rm -f "$classlist" "$classlist.lsp" "$classlist.fixtures" "$lsp_out"
# shellcheck disable=SC2086
if "$java" -XX:DumpLoadedClassList="$classlist" $train_opts \
        -jar "$dist_jar" lint --format json --fail-on none "$train" > /dev/null 2>&1; then
    # shellcheck disable=SC2086
    if editor_session | (cd "$train" && exec "$java" -XX:DumpLoadedClassList="$classlist.lsp" $train_opts -jar "$dist_jar" lsp) \
            > "$lsp_out" 2> /dev/null && grep -q -F 'textDocument/publishDiagnostics' "$lsp_out"; then
        cat "$classlist.lsp" >> "$classlist"
    else
        echo "cgoguard build: the language server's training session failed; its classes are not archived" >&2
    fi
    if [ -n "$fixtures" ] && [ -d "$fixtures" ]; then
        rm -rf "$train-fixtures"
        cp -R "$fixtures" "$train-fixtures"
        # shellcheck disable=SC2086
        if "$java" -XX:DumpLoadedClassList="$classlist.fixtures" $train_opts \
                -jar "$dist_jar" lint --format json --fail-on none "$train-fixtures" > /dev/null 2>&1; then
            cat "$classlist.fixtures" >> "$classlist"
        else
            echo "cgoguard build: the lint of the fixtures failed; the classes only they reach are not archived" >&2
        fi
        rm -rf "$train-fixtures"
    fi
    # Every class of cgoguard's own and of the YAML reader, whether the training loaded it or not: a
    # real repository reaches readers and evaluators (bake files, here-documents, shell functions,
    # build constraints) that no small project does, and a class mapped from the archive costs
    # nothing until it is used, where one loaded from the jar is read, parsed and verified.
    "$jdk_bin/jar" tf "$dist_jar" 2> /dev/null | grep -e '^dev/cgoguard/.*\.class$' -e '^org/snakeyaml/.*\.class$' \
        | sed -n 's/\.class$//p' | grep -v 'module-info' >> "$classlist" || true
fi
if [ -s "$classlist" ] \
        && "$java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$dist/lib/cgoguard.jsa" \
            -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$dist_jar" > /dev/null 2>&1 \
        && [ -s "$dist/lib/cgoguard.jsa" ]; then
    printf '%s\n%s\n' "$real_java" "$dist_jar" > "$dist/lib/cgoguard.jsa.java"
else
    rm -f "$dist/lib/cgoguard.jsa"
    echo "cgoguard build: no class-data-sharing archive (this Java cannot make one); the launcher works without it" >&2
fi
rm -f "$classlist" "$classlist.lsp" "$classlist.fixtures" "$lsp_out"
rm -rf "$train"

# --- the archives
stage=$target/archives
rm -rf "$stage"
mkdir -p "$stage"

lay_out "$stage/zip/$name"
rm -f "$target/$name.zip"
(cd "$stage/zip" && zip -q -r -X "$target/$name.zip" "$name")

lay_out "$stage/platform/$name"
"$jdk_bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=0 \
    --generate-cds-archive --output "$stage/platform/$name/runtime" > /dev/null
platform_archive=$name-linux-$arch.tar.gz
rm -f "$target/$platform_archive"
tar -C "$stage/platform" --owner=0 --group=0 --numeric-owner -czf "$target/$platform_archive" "$name"

(cd "$target" && sha256sum "$name.zip" > "$name.zip.sha256" && sha256sum "$platform_archive" > "$platform_archive.sha256")
rm -rf "$stage"
