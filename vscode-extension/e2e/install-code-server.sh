#!/usr/bin/env bash
# Installs what the end-to-end test of the extension needs, when it is missing:
#  - Debian's chromium (the browser that shows the workbench), with apt-get;
#  - code-server (VS Code's workbench and extension host, from the npm registry) into a cache outside
#    the clone, ${XDG_CACHE_HOME:-~/.cache}/cgoguard/code-server-<version>, built here from source
#    because its install scripts download binaries (ripgrep, Node headers, argon2) from hosts this
#    build must not need.
# Prints the code-server folder on stdout. Exits non-zero with one sentence on stderr when something
# cannot be installed. Everything else it prints goes to stderr.
set -euo pipefail

version=4.100.3
cache="${XDG_CACHE_HOME:-$HOME/.cache}/cgoguard"
target="$cache/code-server-$version"
mkdir -p "$cache"

what="install Debian's chromium, and code-server $version into $target (see vscode-extension/README.md), to run the VS Code end-to-end test"

apt_install() {
  local missing=("$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available to install ${missing[*]}: ${what}." >&2
    exit 2
  fi
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo_cmd=(sudo -n)
    else
      echo "Not root and no sudo to run apt-get for ${missing[*]}: ${what}." >&2
      exit 2
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  echo "install-code-server.sh: installing ${missing[*]} with apt-get" >&2
  if ! "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 2>&1; then
    if ! "${sudo_cmd[@]}" apt-get update -q >&2 2>&1 \
       || ! "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 2>&1; then
      echo "apt-get could not install ${missing[*]}: ${what}." >&2
      exit 3
    fi
  fi
}

missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
}

mapfile -t missing < <(missing_packages chromium)
apt_install "${missing[@]}"

# One install at a time, also across clones that build at the same moment.
exec 9>"$cache/code-server.lock"
flock 9

if [ -f "$target/.installed" ]; then
  echo "$target"
  exit 0
fi

# Native modules are compiled against the Node headers of the Node that runs them.
nodedir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$nodedir/include/node/common.gypi" ]; then
  echo "The Node.js headers are missing ($nodedir/include/node): install Node.js 20 with its headers (the nodesource nodejs package has them): ${what}." >&2
  exit 2
fi
mapfile -t missing < <(missing_packages ripgrep g++ make python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
apt_install "${missing[@]}"

# npm's own node-gyp, the one `npm rebuild` uses.
node_gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
if [ ! -f "$node_gyp" ]; then
  echo "npm's node-gyp is missing ($node_gyp): reinstall npm: ${what}." >&2
  exit 2
fi

started=$(date +%s)
echo "install-code-server.sh: building code-server $version into $target (a few minutes, once)" >&2
work="$(mktemp -d "$cache/code-server-$version.partial.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export npm_config_unsafe_perm=true npm_config_nodedir="$nodedir" npm_config_audit=false npm_config_fund=false \
  npm_config_update_notifier=false npm_config_loglevel=error
(
  cd "$work"
  npm pack "code-server@$version" >/dev/null
  tar -xzf "code-server-$version.tgz"
  cd package
  npm install --omit=dev --ignore-scripts
  (cd lib/vscode && npm install --omit=dev --ignore-scripts)
  mkdir -p lib/vscode/node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" lib/vscode/node_modules/@vscode/ripgrep/bin/rg
  find lib/vscode/node_modules -name binding.gyp -not -path '*/test/*' -printf '%h\n' | sort -u | while read -r module; do
    (cd "$module" && node "$node_gyp" rebuild)
  done
  npm rebuild argon2 --build-from-source
  XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" node out/node/entry.js --version # its own folders: no config file in ~/.config
) >&2 2>&1 || { echo "Building code-server $version failed (its output is above): ${what}." >&2; exit 3; }
mv "$work/package" "$target"
touch "$target/.installed"
echo "install-code-server.sh: code-server $version installed in $(( $(date +%s) - started )) s" >&2
echo "$target"
