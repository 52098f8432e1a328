#!/usr/bin/env bash
# Installs the real toolchain the oracle tests compare cgoguard against:
# Debian's golang-go, gcc and musl-tools, plus readelf (binutils).
# Installs only what is missing; runs `apt-get update` first when something is.
# Exits non-zero with one sentence on stderr when the toolchain cannot be had.
set -u

missing=()
command -v go >/dev/null 2>&1 || missing+=(golang-go)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v musl-gcc >/dev/null 2>&1 || missing+=(musl-tools)
command -v readelf >/dev/null 2>&1 || missing+=(binutils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

what="install the Debian packages golang-go, gcc, musl-tools and binutils (missing here: ${missing[*]}) to run the toolchain oracle tests"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get is not available: ${what}." >&2
  exit 2
fi

export DEBIAN_FRONTEND=noninteractive
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo -n)
  else
    echo "Not root and no sudo to run apt-get: ${what}." >&2
    exit 2
  fi
fi

echo "install-toolchain.sh: installing ${missing[*]} with apt-get"
# A fresh machine may have no package lists (or stale ones): update and try again when the first try fails.
if ! "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" 2>&1; then
  if ! "${sudo_cmd[@]}" apt-get update -q 2>&1 \
     || ! "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" 2>&1; then
    echo "apt-get could not install the toolchain: ${what}." >&2
    exit 3
  fi
fi

for tool in go gcc musl-gcc readelf; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is still missing after apt-get install: ${what}." >&2
    exit 3
  fi
done
exit 0
