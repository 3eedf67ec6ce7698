'use server';

import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { bumpSessionVersion } from '@/db/queries/users';
import { currentUser } from '@/lib/auth/dal';

// next-auth's session cookie, with the Secure prefix on https, split into numbered chunks when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs out without next-auth's client library (kept off every page's
 * JavaScript): revokes every token of the user, as next-auth's sign-out event
 * does, deletes the session cookie and goes to the home page. Server actions
 * only accept same-origin requests, so no CSRF token is needed. Signed out
 * already, it only redirects. It takes the (empty) form, as every action of
 * this app does: proxy.ts lets only multipart actions through.
 */
export async function signOutAction(form: FormData): Promise<never> {
  // Called with anything but a form (a forged request), it is not found, as formAction answers.
  if (!(form instanceof FormData)) notFound();
  const user = await currentUser();
  if (user) bumpSessionVersion(user.id, user.sessionVersion);
  const store = await cookies();
  for (const { name } of store.getAll()) {
    // A __Secure- cookie is only replaced by a Secure one, so the expiry must carry the flag too.
    if (SESSION_COOKIE.test(name)) store.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
  redirect('/');
}
