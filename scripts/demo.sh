#!/usr/bin/env bash
# One command from a fresh clone to a running demo: install, migrate, import the course, seed, build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Links the app hands out (certificates, set-password links, calendar ids) use this origin.
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}"

bash scripts/install-deps.sh
npm run --silent db:migrate
npm run --silent content:import
npm run --silent db:seed
npm run --silent uploads:clean
npm run --silent build
echo "CIO Academy is at http://localhost:${PORT:-3000} (demo accounts: see README.md)"
exec node --import tsx scripts/server.ts -p "${PORT:-3000}"
