import { NextResponse, type NextRequest } from 'next/server';
import { AppError } from '@/lib/errors';
import { checkActionRequest } from '@/lib/http/action-request';

const protectedPrefixes = ['/learn', '/author', '/manage', '/admin', '/home', '/modules', '/lessons', '/profile'];
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
 * Server actions from another origin or over the size limit are refused
 * first (see above). Otherwise an optimistic redirect only: with no session cookie at all, protected pages
 * send the visitor to sign-in without rendering. Every page still checks the
 * session and role on the server; this never reads the database.
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseBadAction(request);
  if (refused) return refused;
  const { pathname, search } = request.nextUrl;
  const isProtected = protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (!isProtected || sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/((?!api|_next|favicon.ico).*)'] };
