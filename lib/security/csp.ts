/**
 * The Content-Security-Policy of every page. Scripts run only from our origin
 * or with this response's nonce (Next reads the nonce from the request's CSP
 * header and puts it on its own inline scripts); `'strict-dynamic'` lets those
 * scripts load the chunks they need. No `'unsafe-eval'` in production: only
 * the development server needs it (for React's debugging tools), and inline
 * styles without a nonce (for hot reloading).
 *
 * Styles: the stylesheets are files under /_next/static ('self') and Next's
 * inline style tags carry the nonce. A few components set a computed size in a
 * `style` attribute (progress bars, charts), which nonces cannot cover, so
 * `style-src-attr` allows inline attributes only — never `<style>` elements.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // The development server injects style tags without a nonce while it hot-reloads.
    'style-src': development ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`,
    'style-src-attr': "'unsafe-inline'",
    // Lesson images and lecture video come from our own media routes; data: and blob: for previews of uploads.
    'img-src': "'self' data: blob:",
    'media-src': "'self' blob:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'manifest-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Browser features the app never uses, switched off for every page and any page it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
