/**
 * When a changed event is worth telling its cohort about, and how an event's
 * stored instant reads back into the form's local date-time field.
 */
import { utcOffsetMinutes } from './time-zone';

export interface EventFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  url: string;
  description: string;
}

/**
 * Members are notified when what they act on changed: the title, the time,
 * the place or the link. A reworded description alone is not worth an email.
 */
export function changeNeedsNotice(before: EventFacts, after: EventFacts): boolean {
  return (
    before.title !== after.title ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.location !== after.location ||
    before.url !== after.url
  );
}

/** An instant as the "YYYY-MM-DDTHH:mm" a datetime-local field shows, in the cohort's zone. */
export function zonedLocalInput(at: Date, timeZone: string): string {
  return new Date(at.getTime() + utcOffsetMinutes(timeZone, at) * 60_000).toISOString().slice(0, 16);
}
