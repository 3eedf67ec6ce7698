import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { env } from './lib/env';
import { SECURITY_HEADERS } from './lib/http/security-headers';

// A wrong variable (say, NEXTAUTH_URL without a scheme) stops `next build` and `next start` here, not on a first request.
env();

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // The catalogues are compiled at build time, so browsers get a formatter of under 1 kB instead of
    // the ICU parser (intl-messageformat, about 10 kB compressed) on every page that has a client string.
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', sourceLocale: 'en', precompile: true },
  },
});

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // scripts/server.ts compresses, with brotli where the browser accepts it; Next's own compression is gzip only.
  compress: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Bulk-enrolment CSVs (at most 5 MB) and GIFT imports (at most 1 MB) reach server actions; the default limit is 1 MB.
    // Equal to ACTION_BODY_LIMIT_MB in lib/http/action-request.ts, which proxy.ts checks first to answer 413, not 500.
    serverActions: { bodySizeLimit: '6mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...SECURITY_HEADERS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
