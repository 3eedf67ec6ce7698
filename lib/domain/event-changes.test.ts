import { describe, expect, it } from 'vitest';
import { changeNeedsNotice, zonedLocalInput, type EventFacts } from './event-changes';
import { zonedLocalToUtc } from './time-zone';

const before: EventFacts = {
  title: 'Open data seminar',
  startsAt: new Date('2026-09-10T05:30:00Z'),
  endsAt: new Date('2026-09-10T07:30:00Z'),
  location: 'Kabul',
  url: '',
  description: 'Bring a laptop.',
};

describe('changeNeedsNotice', () => {
  it.each([
    ['title', { title: 'Open data workshop' }],
    ['start', { startsAt: new Date('2026-09-10T06:30:00Z') }],
    ['end', { endsAt: new Date('2026-09-10T08:30:00Z') }],
    ['place', { location: 'Herat' }],
    ['link', { url: 'https://meet.example.org/x' }],
  ])('notifies when the %s changes', (_what, change) => {
    expect(changeNeedsNotice(before, { ...before, ...change })).toBe(true);
  });

  it('does not notify for a description alone or for no change', () => {
    expect(changeNeedsNotice(before, { ...before, description: 'Bring a laptop and a charger.' })).toBe(false);
    expect(changeNeedsNotice(before, { ...before, startsAt: new Date(before.startsAt) })).toBe(false);
  });
});

describe('zonedLocalInput', () => {
  it.each([
    ['Asia/Kabul', '2026-09-10T05:30:00Z', '2026-09-10T10:00'],
    ['Pacific/Fiji', '2026-09-10T20:00:00Z', '2026-09-11T08:00'],
    ['UTC', '2026-09-10T05:30:00Z', '2026-09-10T05:30'],
  ])('reads %s back as the local time entered', (zone, iso, local) => {
    expect(zonedLocalInput(new Date(iso), zone)).toBe(local);
    const back = zonedLocalToUtc(local, zone);
    expect(back.ok && back.date.toISOString()).toBe(new Date(iso).toISOString());
  });
});
