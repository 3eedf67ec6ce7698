#!/usr/bin/env bash
# Serves the production build on a throw-away database for the Playwright run.
set -euo pipefail
port="${1:-3100}"
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_PATH="${E2E_DATABASE_PATH:-data/e2e/cio-academy.db}"
export UPLOADS_DIR="data/e2e/uploads"
export NEXTAUTH_URL="http://localhost:${port}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-use-0123456789"
# Mail goes to the SMTP server that e2e/email-notifications.spec.ts runs in-process on this port (app port + 20000).
# While nothing listens there (every other spec), sends fail and stay in the outbox to be retried, as in production.
export SMTP_URL="smtp://127.0.0.1:$((port + 20000))"
# The e2e tests give each scenario its own client address, as a reverse proxy would.
export TRUST_PROXY=1
rm -rf "$(dirname "$DATABASE_PATH")"
# The service worker is bundled and the static files compressed after `next build`; do both if those steps were skipped.
[ -f public/sw.js ] || npx serwist build serwist.config.mjs
compgen -G '.next/static/chunks/*.js.br' >/dev/null || npx tsx scripts/precompress.ts
npm run --silent db:migrate
npm run --silent content:import
npm run --silent db:seed
exec node --import tsx scripts/server.ts -p "$port"
