#!/usr/bin/env bash
# Runs npm for the Maven build of the extension; stops with one sentence when Node.js or npm is missing.
set -euo pipefail
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "cgoguard build: npm is missing; install Node.js 20 or newer with npm (Debian: apt-get install -y nodejs npm) to build the VS Code extension." >&2
  exit 1
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "cgoguard build: Node.js $(node --version) is too old; install Node.js 20 or newer to build the VS Code extension." >&2
  exit 1
fi
exec npm "$@"
