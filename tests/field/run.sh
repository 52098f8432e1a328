#!/usr/bin/env bash
# Lints every repository of the field corpus at its pinned commit and prints the figures, the
# precision table against verdicts.tsv and the outcome of the before/after pairs.
#
#   tests/field/run.sh [--only NAME[,NAME...]] [--no-pairs] [--pairs-only] [--report-only]
#
# Mirrors: $CGOGUARD_MIRRORS/OWNER+NAME/repo (a bare or normal git directory), default /work/.mirror.
# The jar: $CGOGUARD_JAR, default server/target/cgoguard.jar. Reports and figures: tests/field/target/;
# the extracted trees: $CGOGUARD_FIELD_SRC, default $TMPDIR/cgoguard-field (reused while present).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mirrors="${CGOGUARD_MIRRORS:-/work/.mirror}"
jar="${CGOGUARD_JAR:-$root/server/target/cgoguard.jar}"
out="$here/target"
srcs="${CGOGUARD_FIELD_SRC:-${TMPDIR:-/tmp}/cgoguard-field}"
only="" pairs=1 lint=1 report=1

while [ $# -gt 0 ]; do
  case "$1" in
    --only) only=",$2,"; shift 2 ;;
    --no-pairs) pairs=0; shift ;;
    --pairs-only) lint=0; shift ;;
    --report-only) lint=0; pairs=0; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ $lint = 1 ] || [ $pairs = 1 ]; then
  [ -f "$jar" ] || { echo "run.sh: no $jar; build it: mvn -B -q -pl grammars,server -DskipTests package" >&2; exit 2; }
  [ -x /usr/bin/time ] || { echo "run.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
fi
mkdir -p "$out/reports" "$out/metrics" "$out/pairs" "$out/plans" "$srcs"

# git_dir OWNER/NAME -> the mirror's git directory
git_dir() {
  local d="$mirrors/${1/\//+}"
  if [ -d "$d/repo" ]; then echo "$d/repo"; elif [ -d "$d/.git" ]; then echo "$d/.git"; else echo "$d"; fi
}

# extract OWNER/NAME COMMIT DIR: the commit's tree, from the mirror, without network
extract() {
  local gd; gd="$(git_dir "$1")"
  if [ ! -f "$3.extracted" ]; then
    rm -rf "$3"; mkdir -p "$3"
    # The commit's files through a throw-away index (the mirror is only read). A mirror may lack
    # some blobs (snapshots leave out files of 4 MiB and more): those paths are left out and
    # named in DIR.missing.
    local index="$3.index"
    GIT_INDEX_FILE="$index" git --git-dir="$gd" read-tree "$2"
    GIT_INDEX_FILE="$index" git --git-dir="$gd" ls-files -s \
      | awk -F'\t' '{ split($1, a, " "); print a[2] "\t" $2 }' >"$3.blobs"
    cut -f1 "$3.blobs" | git --git-dir="$gd" cat-file --batch-check='%(objectname)' \
      | awk '$2 == "missing" { print $1 }' | sort -u >"$3.absent"
    awk -F'\t' 'NR == FNR { absent[$1] = 1; next } ($1 in absent) { print $2 }' "$3.absent" "$3.blobs" >"$3.missing"
    if [ -s "$3.missing" ]; then
      tr '\n' '\0' <"$3.missing" | GIT_INDEX_FILE="$index" git --git-dir="$gd" update-index --force-remove -z --stdin
    fi
    GIT_INDEX_FILE="$index" git --git-dir="$gd" --work-tree="$3" checkout-index -a -f
    rm -f "$3.blobs" "$3.absent" "$index"
    touch "$3.extracted"
  fi
}

# lint DIR REPORT METRICS: the CLI under GNU time; exit 1 (findings) is a normal outcome
lint_tree() {
  local rc=0
  ( cd "$1" && /usr/bin/time -v -o "$3" java -jar "$jar" lint --format json --fail-on none . ) \
      >"$2" 2>"$2.stderr" || rc=$?
  echo "exit_code: $rc" >>"$3"
  printf 'go_files: %s\n' "$(find "$1" -name '*.go' -type f | wc -l)" >>"$3"
  printf 'missing_blobs: %s\n' "$(wc -l <"$1.missing")" >>"$3"
}

if [ $lint = 1 ]; then
  tail -n +2 "$here/corpus.tsv" | while IFS=$'\t' read -r name repo commit _rest; do
    [ -z "$name" ] && continue
    case "$only" in ""|*",$name,"*) ;; *) continue ;; esac
    src="$srcs/$name-${commit:0:12}"
    extract "$repo" "$commit" "$src"
    echo "lint $name @ ${commit:0:12}" >&2
    lint_tree "$src" "$out/reports/$name.json" "$out/metrics/$name.txt"
    # the plans, to count the files of each kind that gave go commands
    ( cd "$src" && java -jar "$jar" plan --format json . ) >"$out/plans/$name.json" 2>"$out/plans/$name.json.stderr" || true
    mkdir -p "$out/files"
    python3 "$here/report.py" --list-build-files "$src" "$out/files/$name.tsv"
  done
fi

if [ $pairs = 1 ]; then
  tail -n +2 "$here/pairs.tsv" | while IFS=$'\t' read -r id repo before after _rest; do
    [ -z "$id" ] && continue
    case "$only" in ""|*",$id,"*) ;; *) continue ;; esac
    for side in before after; do
      commit=$before; [ $side = after ] && commit=$after
      src="$srcs/$id-$side-${commit:0:12}"
      extract "$repo" "$commit" "$src"
      echo "pair $id $side @ ${commit:0:12}" >&2
      lint_tree "$src" "$out/pairs/$id.$side.json" "$out/pairs/$id.$side.txt"
    done
  done
fi

[ $report = 1 ] && python3 "$here/report.py" "$here" "$out"
