#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than package-lock.json.
set -euo pipefail
stamp=node_modules/.cio-install-stamp
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] && [ -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ]; then
  exit 0
fi
echo "Installing npm dependencies (better-sqlite3 compiles from source; about a minute)…"
# `npm install` (not `npm ci`): this registry serves no builds of some optional platform packages
# (@swc/core-*, @next/swc-*), so the lockfile lacks them and `npm ci` refuses it as out of sync.
npm install --no-audit --no-fund
echo "$lock_sum" > "$stamp"
