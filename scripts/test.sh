#!/usr/bin/env bash
# Everything the tests need, then every test: unit (Vitest) and end-to-end (Playwright on Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/install-deps.sh

# Debian packages the tests use: Chromium for Playwright, poppler-utils to read generated PDFs back.
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

npx tsc --noEmit
npx eslint .
npx vitest run
npm run --silent build
npx playwright test
