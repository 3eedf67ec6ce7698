import { describe, expect, it } from 'vitest';
import { createCohortSchema, eventSchema, setPasswordSchema } from './cohorts';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('createCohortSchema', () => {
  const valid = { name: 'Pacific CIO cohort 2027', programmeId: '1', startsOn: '2027-01-10', endsOn: '2027-06-30', targetOn: '2027-06-15', timeZone: 'Pacific/Fiji' };
  it('accepts a well-formed cohort', () => expect(createCohortSchema.safeParse(valid).success).toBe(true));
  it.each([
    [{ name: ' ' }, { name: 'name-required' }],
    [{ programmeId: '' }, { programmeId: 'programme-required' }],
    [{ startsOn: '2027-02-30' }, { startsOn: 'date-invalid' }],
    [{ endsOn: '2026-12-31' }, { endsOn: 'ends-before-start' }],
    [{ targetOn: '2027-07-01' }, { targetOn: 'target-after-end' }],
    [{ targetOn: '2027-01-09' }, { targetOn: 'target-before-start' }],
    [{ timeZone: 'Asia/Nowhere' }, { timeZone: 'time-zone-invalid' }],
  ])('%j → %j', (change, errors) => expect(errorsOf(createCohortSchema.safeParse({ ...valid, ...change }))).toEqual(errors));
});

describe('eventSchema', () => {
  const valid = { cohortId: '1', title: 'Open data workshop', kind: 'workshop', startsAt: '2026-09-14T09:00', endsAt: '2026-09-14T12:00', location: '', url: 'https://meet.example.org/cio', description: '' };
  it('accepts an online event', () => expect(eventSchema.safeParse(valid).success).toBe(true));
  it('accepts a place without a link', () => expect(eventSchema.safeParse({ ...valid, url: '', location: 'Seoul' }).success).toBe(true));
  it.each([
    [{ url: 'javascript:alert(1)' }, { url: 'url-invalid' }],
    [{ url: 'ftp://files.example.org' }, { url: 'url-invalid' }],
    [{ url: 'https://localhost' }, { url: 'url-invalid' }],
    [{ url: 'meet.example.org' }, { url: 'url-invalid' }],
    [{ url: '', location: '' }, { location: 'place-or-link-required' }],
    [{ kind: 'party' }, { kind: 'kind-invalid' }],
    [{ title: '' }, { title: 'title-required' }],
  ])('%j → %j', (change, errors) => expect(errorsOf(eventSchema.safeParse({ ...valid, ...change }))).toEqual(errors));
});

describe('setPasswordSchema', () => {
  it.each([
    [{ password: 'long-enough-pass', confirm: 'long-enough-pass' }, {}],
    [{ password: 'short', confirm: 'short' }, { password: 'password-too-short' }],
    [{ password: 'long-enough-pass', confirm: 'long-enough-pasS' }, { confirm: 'password-mismatch' }],
  ])('%j → %j', (input, errors) => expect(errorsOf(setPasswordSchema.safeParse({ token: 't', ...input }))).toEqual(errors));
});
