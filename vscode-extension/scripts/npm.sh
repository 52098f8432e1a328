#!/usr/bin/env bash
# Runs npm for the Maven build of the extension; stops with one sentence when Node.js or npm is missing.
# Under `mvn -q` (CGOGUARD_MAVEN_LOG_LEVEL is Maven's logging level: 0 debug, 1 info, 2 warn, 3 error)
# npm's output is kept back and shown only when npm fails.
set -euo pipefail
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "cgoguard build: npm is missing; install Node.js 20 or newer with npm to build the VS Code extension (Debian 12's nodejs is 18: take Node.js 20 from nodejs.org or NodeSource)." >&2
  exit 1
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "cgoguard build: Node.js $(node --version) is too old; install Node.js 20 or newer to build the VS Code extension." >&2
  exit 1
fi
level="${CGOGUARD_MAVEN_LOG_LEVEL:-level-1}"
if [ "${level#level-}" -lt 2 ] 2>/dev/null; then
  exec npm "$@"
fi
log="$(mktemp "${TMPDIR:-/tmp}/cgoguard-npm.XXXXXX")"
trap 'rm -f "$log"' EXIT
if ! npm "$@" >"$log" 2>&1; then
  cat "$log" >&2
  echo "cgoguard build: npm $* failed (its output is above)." >&2
  exit 1
fi
