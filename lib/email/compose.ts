/**
 * Builds an email as plain text plus simple HTML from already translated
 * parts. Every piece of text is escaped in the HTML, since names, titles and
 * posts are typed by users; the HTML carries lang and dir so Dari and Pashto
 * mail reads right to left.
 */
import { directionOf } from '../i18n/config';

export interface EmailLink {
  label: string;
  url: string;
}

export interface EmailParts {
  locale: string;
  subject: string;
  greeting: string;
  /** Paragraphs of the body, in order. */
  paragraphs: readonly string[];
  /** Items listed after the paragraphs (a digest's notifications), each with an optional link. */
  items?: readonly { text: string; url?: string }[];
  action?: EmailLink;
  /** Small print: why the mail came, unsubscribe links. */
  footer: readonly string[];
  footerLinks: readonly EmailLink[];
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function textVersion(parts: EmailParts): string {
  const lines = [parts.greeting, '', ...parts.paragraphs.flatMap((p) => [p, ''])];
  for (const item of parts.items ?? []) lines.push(item.url ? `- ${item.text}\n  ${item.url}` : `- ${item.text}`);
  if (parts.items?.length) lines.push('');
  if (parts.action) lines.push(`${parts.action.label}: ${parts.action.url}`, '');
  lines.push('--', ...parts.footer, ...parts.footerLinks.map((link) => `${link.label}: ${link.url}`));
  return `${lines.join('\n')}\n`;
}

function link(target: EmailLink): string {
  return `<a href="${escapeHtml(target.url)}">${escapeHtml(target.label)}</a>`;
}

function htmlVersion(parts: EmailParts): string {
  const dir = directionOf(parts.locale);
  const body = [
    `<p>${escapeHtml(parts.greeting)}</p>`,
    ...parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    parts.items?.length
      ? `<ul>${parts.items.map((item) => `<li>${item.url ? link({ label: item.text, url: item.url }) : escapeHtml(item.text)}</li>`).join('')}</ul>`
      : '',
    parts.action ? `<p><strong>${link(parts.action)}</strong></p>` : '',
    `<hr><p style="font-size:small">${[...parts.footer.map(escapeHtml), ...parts.footerLinks.map(link)].join('<br>')}</p>`,
  ];
  return [
    `<!doctype html><html lang="${escapeHtml(parts.locale)}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5">${body.filter(Boolean).join('\n')}</body></html>`,
  ].join('\n');
}

/** The subject, plain-text body and HTML body of one email. */
export function composeEmail(parts: EmailParts): ComposedEmail {
  return { subject: parts.subject, text: textVersion(parts), html: htmlVersion(parts) };
}
