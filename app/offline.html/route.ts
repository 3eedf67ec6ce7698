import en from '@/lib/i18n/messages/en/core.json';
import faAF from '@/lib/i18n/messages/fa-AF/core.json';
import ps from '@/lib/i18n/messages/ps/core.json';
import { directionOf } from '@/lib/i18n/config';

// Built once: the page holds no user data, so the service worker may precache it for everyone.
export const dynamic = 'force-static';

const catalogues = [
  ['en', en],
  ['fa-AF', faAF],
  ['ps', ps],
] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * GET /offline.html: what the service worker shows for a page not saved on
 * the device while offline, in every interface language (the worker cannot
 * know which one the trainee reads), each with its own `lang` and `dir`.
 */
export function GET() {
  const sections = catalogues
    .map(([locale, messages]) => {
      const t = messages.offline;
      return `<section lang="${locale}" dir="${directionOf(locale)}" style="margin:2rem 0;padding:1rem;border:1px solid #cbd5e1;border-radius:.5rem">
<h1 style="font-size:1.5rem;margin:0 0 .5rem">${escapeHtml(t.notAvailableTitle)}</h1>
<p>${escapeHtml(t.notAvailableText)}</p>
<p><a href="/learn" style="color:#164a75">${escapeHtml(t.backToLearning)}</a></p>
</section>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(en.offline.notAvailableTitle)} · ${escapeHtml(en.app.name)}</title></head>
<body style="font-family:system-ui,'Noto Sans Arabic',sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5">
${sections}
</body></html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
