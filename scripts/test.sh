#!/usr/bin/env bash
# Everything the tests need, then every test: unit (Vitest) and end-to-end (Playwright on Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/install-deps.sh

if ! command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1; then
  echo "Installing Chromium from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

npx tsc --noEmit
npx eslint .
npx vitest run
npx next build
npx playwright test
