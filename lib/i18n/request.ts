import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { currentUser } from '@/lib/auth/dal';
import { LOCALE_COOKIE, resolveLocale } from './config';
import { loadMessages } from './messages';

/**
 * The active locale: the signed-in user's preferred language, else the locale
 * cookie (set by the language switcher, by sign-in and by saving the profile),
 * else `Accept-Language`, else English. `currentUser()` is cached per request
 * and every page's header already calls it, so reading the user here costs no
 * extra query, and a change made on another device applies on the next page.
 */
export default getRequestConfig(async () => {
  const [user, cookieStore, headerList] = await Promise.all([currentUser(), cookies(), headers()]);
  const locale = resolveLocale({
    preferred: user?.preferredLanguage,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return {
    locale,
    timeZone: 'UTC',
    messages: await loadMessages(locale),
  };
});
