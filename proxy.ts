import { NextResponse, type NextRequest } from 'next/server';

const protectedPrefixes = ['/learn', '/author', '/manage', '/admin', '/home', '/modules', '/profile'];
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * An optimistic redirect only: with no session cookie at all, protected pages
 * send the visitor to sign-in without rendering. Every page still checks the
 * session and role on the server; this never reads the database.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isProtected = protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (!isProtected || sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/((?!api|_next|favicon.ico).*)'] };
