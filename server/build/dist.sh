#!/bin/sh
# Lays out the distribution: bin/cgoguard (the launcher), lib/cgoguard.jar (the shaded jar) and
# lib/cgoguard.jsa, a dynamic class-data-sharing archive of the classes a lint loads, recorded by
# running the launcher's lint on a small project made here (the archive is optional: the
# launcher works without it, and uses it only with the Java that made it).
#
#   dist.sh SHADED_JAR LAUNCHER DIST_DIR
set -eu
jar=$1 launcher=$2 dist=$3

rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$jar" "$dist/lib/cgoguard.jar"
cp "$launcher" "$dist/bin/cgoguard"
chmod 755 "$dist/bin/cgoguard"

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java)
fi
real_java=$(readlink -f "$java" 2>/dev/null || echo "$java")

# A training project with each kind of build file, so that their readers' classes are archived.
train=$(dirname "$dist")/cds-training
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

if "$java" -XX:ArchiveClassesAtExit="$dist/lib/cgoguard.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m \
        -XX:-UsePerfData -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$dist/lib/cgoguard.jar" lint --format json --fail-on none "$train" > /dev/null 2>&1 \
        && [ -s "$dist/lib/cgoguard.jsa" ]; then
    printf '%s\n' "$real_java" > "$dist/lib/cgoguard.jsa.java"
else
    rm -f "$dist/lib/cgoguard.jsa"
    echo "cgoguard build: no class-data-sharing archive (this Java cannot make one); the launcher works without it" >&2
fi
rm -rf "$train"
