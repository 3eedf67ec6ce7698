import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * Hands the client components below it only the message namespaces they use,
 * so a page's payload carries its own strings and not the whole catalogue.
 * Server components never need this: they translate on the server with
 * `getTranslations`. Wrap each interactive leaf (or a group of them) instead.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
