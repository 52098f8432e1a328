#!/bin/sh
# Whole-process benchmark of cgoguard as users run it, beside the tools they compare it with, in
# the same run: `go list -e -deps -json ./...` on the Go standard library tree, ripgrep over the Go
# files of real repositories (checked out at fixed commits from local mirrors), and
# dockerfile-language-server for the editor figures (tests/bench/lsp-latency.mjs). It prints
# figures (medians of wall time, CPU time and peak RSS from /usr/bin/time -v) and asserts nothing.
#
#   tests/bench/whole-process.sh [--runs N] [--lsp-runs N] [--only NAME,...] [--no-lsp]
#
# Workloads (NAME): small (tests/example-project), std (the Go standard library tree as it is),
# std-make (a copy of it with a Makefile whose static cgo build reaches every package), nomad,
# moby, loki (real repositories), many (a folder of 150,000 files), lsp (editor latency).
#
# Environment:
#   CGOGUARD   the command to run (default: server/target/cgoguard when the distribution's
#              launcher is built, else java -jar server/target/cgoguard.jar)
#   MIRRORS    where the repositories' git mirrors are (default /work/.mirror/OWNER+NAME/repo)
#   WORK       scratch folder for checkouts and generated trees (default /tmp/cgoguard-bench)
#   GOROOT_SRC the standard library tree (default: $(go env GOROOT)/src)
#
# Needs: /usr/bin/time (Debian `time`), go (`golang-go`), rg (`ripgrep`), git; for the editor
# figures node and dockerfile-language-server-nodejs (installed into $WORK by npm when missing).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=5
lsp_runs=3
only=""
lsp=1
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --lsp-runs) lsp_runs=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --no-lsp) lsp=0; shift ;;
        *) echo "usage: $0 [--runs N] [--lsp-runs N] [--only NAME,...] [--no-lsp]" >&2; exit 2 ;;
    esac
done

WORK=${WORK:-/tmp/cgoguard-bench}
MIRRORS=${MIRRORS:-/work/.mirror}
if [ -z "${CGOGUARD:-}" ]; then
    if [ -x "$repo/server/target/dist/bin/cgoguard" ]; then
        CGOGUARD="$repo/server/target/dist/bin/cgoguard"
    else
        CGOGUARD="java -jar $repo/server/target/cgoguard.jar"
    fi
fi
# the real folder: a symbolic link named as the workspace is refused, as a user would see
GOROOT_SRC=$(readlink -f "${GOROOT_SRC:-$(go env GOROOT)/src}")
mkdir -p "$WORK"

# The repositories measured, at the commits measured: name, mirror (owner+name), commit.
REPOSITORIES="nomad hashicorp+nomad aa026cc99cfb74a77e519a1c1f0c78ba1b452705
moby moby+moby b985e2313a8676e18072b442911fc8f64f17d440
loki grafana+loki 65e30f8488e8a5ea2013c6881675f8103a8f6bc7"

wanted() {
    [ -z "$only" ] && return 0
    case ",$only," in *",$1,"*) return 0 ;; esac
    return 1
}

# checkout MIRROR COMMIT DEST: the files of a commit that the mirror holds (a snapshot may lack its
# largest blobs), written through a temporary index so that nothing needs a work tree.
checkout() {
    gitdir=$MIRRORS/$1/repo
    dest=$3
    [ -d "$dest" ] && return 0
    if [ ! -d "$gitdir" ]; then
        echo "  (no mirror at $gitdir: skipped)" >&2
        return 1
    fi
    index=$WORK/index.$$
    git --git-dir="$gitdir" ls-tree -r "$2" | awk '$2 == "blob"' > "$index.tree"
    awk '{print $3}' "$index.tree" | git --git-dir="$gitdir" cat-file --batch-check \
        | awk '$2 != "missing" {print $1}' > "$index.present"
    awk -F '\t' 'NR == FNR {present[$1] = 1; next} {split($1, f, " "); if (f[3] in present) print}' \
        "$index.present" "$index.tree" | GIT_INDEX_FILE="$index" git --git-dir="$gitdir" update-index --index-info
    mkdir -p "$dest.partial"
    GIT_INDEX_FILE="$index" git --git-dir="$gitdir" checkout-index -a --prefix="$dest.partial/"
    rm -f "$index" "$index.tree" "$index.present"
    mv "$dest.partial" "$dest"
}

# measure LABEL COMMAND...: runs the command $runs times and prints the medians.
measure() {
    label=$1
    shift
    : > "$WORK/times"
    i=0
    while [ $i -lt "$runs" ]; do
        /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || true
        awk -F': ' '
            /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
            /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
            END { printf "%.3f %.3f %d\n", wall, user + sys, rss }' "$WORK/time.txt" >> "$WORK/times"
        i=$((i + 1))
    done
    median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    wall=$(cut -d' ' -f1 "$WORK/times" | median)
    low=$(cut -d' ' -f1 "$WORK/times" | sort -n | head -n 1)
    high=$(cut -d' ' -f1 "$WORK/times" | sort -n | tail -n 1)
    cpu=$(cut -d' ' -f2 "$WORK/times" | median)
    rss=$(cut -d' ' -f3 "$WORK/times" | median)
    printf '  %-46s wall %6.2f s (%.2f-%.2f)  cpu %6.2f s  peak RSS %5.0f MB  [%d runs]\n' \
        "$label" "$wall" "$low" "$high" "$cpu" "$((rss / 1024))" "$runs"
    last_stderr=$(tail -n 3 "$WORK/stderr.txt")
}

lint() {
    # shellcheck disable=SC2086
    measure "cgoguard lint $1" $CGOGUARD lint --format json --fail-on none "$2"
    [ -n "$last_stderr" ] && printf '    stderr: %s\n' "$last_stderr" | head -n 3
    return 0
}

echo "cgoguard whole-process benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  cgoguard: $CGOGUARD"
echo "  $(java -version 2>&1 | head -n 1); $(go version); $(rg --version | head -n 1)"

if wanted small; then
    echo "small project (Makefile, go.mod, two .go files):"
    rm -rf "$WORK/small" && cp -r "$repo/tests/example-project" "$WORK/small"
    # shellcheck disable=SC2086
    measure "cgoguard --version" $CGOGUARD --version
    lint small "$WORK/small"
fi

if wanted std; then
    echo "Go standard library tree ($GOROOT_SRC, $(find -L "$GOROOT_SRC" -name '*.go' | wc -l) .go files):"
    measure "go list -e -deps -json ./..." sh -c "cd '$GOROOT_SRC' && exec go list -e -deps -json ./..."
    measure "rg over its .go files" rg -c --type go -e import -L "$GOROOT_SRC"
    lint std "$GOROOT_SRC"
fi

if wanted std-make; then
    echo "the same tree with a Makefile that builds ./... statically with cgo on:"
    if [ ! -f "$WORK/std-make/Makefile" ]; then
        rm -rf "$WORK/std-make" && cp -rL "$GOROOT_SRC" "$WORK/std-make"
        printf '%s\n' 'build:' "	CGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags \"-static\"' ./..." \
            > "$WORK/std-make/Makefile"
    fi
    measure "go list -e -deps -json ./... (on the std tree)" sh -c "cd '$GOROOT_SRC' && exec go list -e -deps -json ./..."
    lint std-make "$WORK/std-make"
fi

echo "$REPOSITORIES" | while read -r name mirror commit; do
    wanted "$name" || continue
    checkout "$mirror" "$commit" "$WORK/$name" || continue
    echo "$name ($mirror at ${commit%"${commit#????????????}"}, $(find "$WORK/$name" -name '*.go' | wc -l) .go files, $(find "$WORK/$name" -type f | wc -l) files):"
    measure "rg over its .go files" rg -c --type go -e import "$WORK/$name"
    lint "$name" "$WORK/$name"
done

if wanted many; then
    many=$WORK/many
    if [ ! -f "$many/.complete" ]; then
        echo "  (generating 150,000 files)"
        rm -rf "$many" && mkdir -p "$many"
        # 1,500 folders of 100 files each: a Go project copy, notes and data, as a /tmp or a home folder holds them
        (cd "$many" && awk 'BEGIN {
            for (d = 0; d < 1500; d++) {
                dir = sprintf("d%04d", d); system("mkdir -p " dir)
                for (f = 0; f < 100; f++) {
                    if (f == 0) { name = dir "/Makefile"; body = "build:\n\tgo build ./...\n" }
                    else if (f == 1) { name = dir "/go.mod"; body = "module example.com/" dir "\n\ngo 1.22\n" }
                    else if (f < 40) { name = sprintf("%s/f%02d.go", dir, f); body = "package " dir "\n\nimport \"fmt\"\n\nfunc F" f "() { fmt.Println() }\n" }
                    else { name = sprintf("%s/n%02d.txt", dir, f); body = "notes\n" }
                    printf "%s", body > name; close(name)
                }
            }
        }') && touch "$many/.complete"
    fi
    echo "a folder of $(find "$many" -type f | wc -l) files:"
    lint many "$many"
fi

if [ "$lsp" = 1 ] && wanted lsp; then
    # a large Dockerfile in a container engine's workspace (beside dockerfile-language-server), and a
    # large Makefile with findings in a log-aggregation monorepo's workspace
    if checkout moby+moby b985e2313a8676e18072b442911fc8f64f17d440 "$WORK/moby"; then
        node "$here/lsp-latency.mjs" --runs "$lsp_runs" --work "$WORK" --cgoguard "$CGOGUARD" \
            --workspace "$WORK/moby" --file Dockerfile
    fi
    if checkout grafana+loki 65e30f8488e8a5ea2013c6881675f8103a8f6bc7 "$WORK/loki"; then
        node "$here/lsp-latency.mjs" --runs "$lsp_runs" --work "$WORK" --cgoguard "$CGOGUARD" \
            --workspace "$WORK/loki" --file Makefile
    fi
fi
