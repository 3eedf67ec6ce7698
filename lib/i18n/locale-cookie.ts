import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from './config';

/**
 * Remembers the interface language in the locale cookie, so pages shown
 * before sign-in (and after sign-out) keep it. Only in a server action or a
 * route handler: a page render cannot set cookies.
 */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax' });
}
