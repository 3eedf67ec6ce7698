import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { checkActionRequest } from '@/lib/http/action-request';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';
import { isWellEncodedPath } from '@/lib/security/percent-encoding';

const protectedPrefixes = ['/learn', '/author', '/manage', '/admin', '/home', '/modules', '/profile', '/notifications'];
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** A POST to a page is a server action: refused here as 400/403/413 when Next would answer 500. */
async function refuseBadAction(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST') return null;
  try {
    await checkActionRequest(request);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
  }
}

/**
 * Runs before every page and API route (not static files):
 * 1. a path with broken percent-encoding (`/verify/%`) gets a plain 400
 *    instead of failing inside the route; API routes then go on to their
 *    handlers, which authorise, check the origin and cap bodies themselves;
 * 2. a server action (a POST to a page) from another origin, over the size
 *    limit or malformed is refused as 403/413/400, where Next would answer 500;
 * 3. an optimistic redirect: with no session cookie at all, protected pages
 *    send the visitor to sign-in without rendering. Every page still checks
 *    the session and role on the server; this never reads the database;
 * 4. pages get a Content-Security-Policy with a fresh nonce; Next reads it
 *    from the request header and puts it on its own inline scripts (so every
 *    page renders dynamically, which they do anyway: they read the session).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isWellEncodedPath(pathname)) {
    return new NextResponse('Bad request: the address contains an invalid percent-encoding.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (pathname === '/api' || pathname.startsWith('/api/')) return NextResponse.next();
  const refused = await refuseBadAction(request);
  if (refused) return refused;

  const isProtected = protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (isProtected && !sessionCookies.some((name) => request.cookies.has(name))) {
    const url = new URL('/sign-in', request.url);
    url.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(url);
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, env().NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Static build output, icons, the service worker and the manifest need neither a nonce nor a redirect.
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|sw.js|manifest.webmanifest|manifest.json|icons/|images/).*)'],
};
