#!/bin/sh
# Writes the commit the build is made from, for cgoguard --version: OUT_DIR/dev/cgoguard/commit.properties
# holding commit=<12 hex digits>, or an empty value outside a git checkout.
#
#   commit.sh SOURCE_DIR OUT_DIR
set -eu
source_dir=$1 out=$2/dev/cgoguard
mkdir -p "$out"
commit=$(git -C "$source_dir" rev-parse --short=12 HEAD 2>/dev/null || true)
printf 'commit=%s\n' "$commit" > "$out/commit.properties"
