#!/usr/bin/env bash
# Compiles the tree-sitter-make grammar from its npm package into a shared library that the
# grammars' test jar carries as a resource (only tests use it). Usage: make-grammar.sh <version> <work-dir> <resource-dir>
set -euo pipefail
version="$1"; work="$2"; out="$3"

if ! command -v npm >/dev/null 2>&1; then
  echo "cgoguard build: npm is missing; install Node.js and npm (Debian: apt-get install -y npm) to compile the Make grammar the tests use." >&2
  exit 1
fi
CC_BIN="${CC:-cc}"
if ! command -v "$CC_BIN" >/dev/null 2>&1; then
  echo "cgoguard build: no C compiler found; install one (Debian: apt-get install -y gcc) to compile the Make grammar the tests use." >&2
  exit 1
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  platform=linux-x86_64;  lib=libtree-sitter-make.so ;;
  Linux-aarch64) platform=linux-aarch64; lib=libtree-sitter-make.so ;;
  Darwin-arm64)  platform=macos-aarch64; lib=libtree-sitter-make.dylib ;;
  Darwin-x86_64) platform=macos-x86_64;  lib=libtree-sitter-make.dylib ;;
  *) echo "cgoguard build: unsupported platform $(uname -s)-$(uname -m) for the Make grammar." >&2; exit 1 ;;
esac

target="$out/dev/cgoguard/grammars/native/$platform/$lib"
if [ -s "$target" ] && [ -s "$work/tree-sitter-make-$version.tgz" ]; then
  exit 0
fi

mkdir -p "$work" "$(dirname "$target")"
cd "$work"
if [ ! -s "tree-sitter-make-$version.tgz" ]; then
  npm pack --silent "tree-sitter-make@$version" >/dev/null
fi
rm -rf package
tar xzf "tree-sitter-make-$version.tgz"
"$CC_BIN" -O2 -shared -fPIC -I package/src package/src/parser.c -o "$target"
