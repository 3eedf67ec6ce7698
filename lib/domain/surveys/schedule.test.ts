import { describe, expect, it } from 'vitest';
import { canSaveResponse, effectiveOpening, surveySchedule, surveyState, zonedLocalInput } from './schedule';

const at = (iso: string) => new Date(iso);
const survey = { opensAt: at('2026-10-01T00:00:00Z'), closesAt: at('2026-10-15T00:00:00Z') };

describe('surveySchedule', () => {
  it('reads local times in the cohort zone (Kabul is UTC+04:30)', () => {
    expect(surveySchedule('2026-10-01T09:00', '2026-10-15T17:00', 'Asia/Kabul')).toEqual({
      ok: true,
      opensAt: at('2026-10-01T04:30:00Z'),
      closesAt: at('2026-10-15T12:30:00Z'),
    });
  });

  it('refuses a closing not after the opening, and malformed times', () => {
    expect(surveySchedule('2026-10-15T17:00', '2026-10-15T17:00', 'UTC')).toEqual({ ok: false, problems: { closesAt: 'close-not-after-open' } });
    expect(surveySchedule('2026-13-01T09:00', '', 'UTC')).toEqual({ ok: false, problems: { opensAt: 'malformed', closesAt: 'malformed' } });
  });
});

describe('surveyState', () => {
  it('opens at its opening and closes at its closing', () => {
    const cohort = { kind: 'cohort' } as const;
    expect(surveyState(survey, cohort, at('2026-09-30T23:59:59Z'))).toBe('scheduled');
    expect(surveyState(survey, cohort, at('2026-10-01T00:00:00Z'))).toBe('open');
    expect(surveyState(survey, cohort, at('2026-10-14T23:59:59Z'))).toBe('open');
    expect(surveyState(survey, cohort, at('2026-10-15T00:00:00Z'))).toBe('closed');
  });

  it('opens an event survey only once the event has ended', () => {
    const event = { kind: 'event', eventEndsAt: at('2026-10-03T12:00:00Z') } as const;
    expect(effectiveOpening(survey, event)).toEqual(at('2026-10-03T12:00:00Z'));
    expect(surveyState(survey, event, at('2026-10-02T00:00:00Z'))).toBe('scheduled');
    expect(surveyState(survey, event, at('2026-10-03T12:00:00Z'))).toBe('open');
    expect(effectiveOpening(survey, { kind: 'event', eventEndsAt: at('2026-09-01T00:00:00Z') })).toEqual(survey.opensAt);
  });

  it('offers a module survey once the trainee has completed the module', () => {
    const now = at('2026-10-05T00:00:00Z');
    expect(surveyState(survey, { kind: 'module', completed: false }, now)).toBe('not-offered');
    expect(surveyState(survey, { kind: 'module', completed: true }, now)).toBe('open');
  });
});

describe('canSaveResponse', () => {
  it('lets a response be saved or changed only while the survey is open', () => {
    expect(canSaveResponse('open')).toBe(true);
    for (const state of ['scheduled', 'not-offered', 'closed'] as const) expect(canSaveResponse(state)).toBe(false);
  });
});

describe('zonedLocalInput', () => {
  it('writes an instant back as the local time it was entered as', () => {
    expect(zonedLocalInput(at('2026-10-15T12:30:00Z'), 'Asia/Kabul')).toBe('2026-10-15T17:00');
    expect(zonedLocalInput(at('2026-10-15T23:05:00Z'), 'Asia/Seoul')).toBe('2026-10-16T08:05');
  });
});
