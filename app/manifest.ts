import type { MetadataRoute } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { directionOf } from '@/lib/i18n/config';

/**
 * The web app manifest (/manifest.webmanifest), in the visitor's interface
 * language and direction, so the installed app is named in their language.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const locale = await getLocale();
  const t = await getTranslations('app');
  return {
    name: t('name'),
    short_name: t('name'),
    description: t('tagline'),
    lang: locale,
    dir: directionOf(locale),
    start_url: '/learn',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#164a75',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
