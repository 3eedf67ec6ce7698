/**
 * How each notification kind turns its stored params into the values of its
 * message. Params are stored as plain strings; a kind lists which of them are
 * instants (ISO 8601) to be formatted in the viewer's locale, calendar and the
 * time zone given by its `timeZone` param, so an event reads right in Dari
 * as in English.
 */
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { isolate } from '@/lib/i18n/bidi';
import { formatCommitment } from '@/lib/i18n/format';
import type { NotificationsTranslator } from './translator';

interface KindDefinition {
  /** Params holding an ISO instant. */
  instants: readonly string[];
  /** Keyword params for an ICU select, passed as they are (not isolated as user text), with their value when absent. */
  keywords?: Readonly<Record<string, string>>;
}

const kinds: Record<NotificationKind, KindDefinition> = {
  reply: { instants: [] },
  mention: { instants: [] },
  'followed-thread': { instants: [] },
  announcement: { instants: [] },
  event: { instants: ['when'], keywords: { change: 'new' } },
};

/** The message values of a notification in a locale: instants formatted, user text isolated. */
export function messageValues(kind: NotificationKind, params: Record<string, string>, locale: string): Record<string, string> {
  const definition = kinds[kind];
  const values: Record<string, string> = { ...definition.keywords };
  for (const [name, value] of Object.entries(params)) {
    const date = definition.instants.includes(name) ? new Date(value) : null;
    if (definition.keywords && name in definition.keywords) values[name] = value;
    else if (date && !Number.isNaN(date.getTime())) values[name] = formatCommitment(locale, date, { withTime: true, timeZone: params.timeZone ?? 'UTC' });
    else values[name] = isolate(value);
  }
  return values;
}

/** The text of a notification in the translator's locale. */
export function notificationText(t: NotificationsTranslator, locale: string, kind: NotificationKind, params: Record<string, string>): string {
  return t(`kinds.${kind}`, messageValues(kind, params, locale));
}
