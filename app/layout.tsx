import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { headers } from 'next/headers';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PASHTO_DIGITS_SCRIPT } from '@/lib/i18n/browser-digits';
import { alwaysPresentNamespaces } from '@/lib/i18n/client-namespaces';
import { directionOf } from '@/lib/i18n/config';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('app');
  const dir = directionOf(locale);
  const messages = await getMessages();
  // Only what the error boundary needs: pages hand their client leaves their own namespaces (ClientMessages).
  const rootMessages = Object.fromEntries(alwaysPresentNamespaces.map((name) => [name, messages[name]]));
  return (
    <html lang={locale} dir={dir}>
      {/* The Arabic-script font is linked on right-to-left pages only, so English pages never download it. */}
      <head>
        {locale === 'ps' && (
          // Before any other script: Pashto digits where the browser lacks Pashto data (lib/i18n/browser-digits.ts).
          <script nonce={(await headers()).get('x-nonce') ?? undefined} dangerouslySetInnerHTML={{ __html: PASHTO_DIGITS_SCRIPT }} />
        )}
        {dir === 'rtl' && (
          // eslint-disable-next-line @next/next/no-css-tags -- a CSS import would be bundled into every page, English ones too
          <link rel="stylesheet" href="/fonts/vazirmatn/arabic.css" />
        )}
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={rootMessages}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
