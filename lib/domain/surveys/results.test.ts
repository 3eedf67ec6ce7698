import { describe, expect, it } from 'vitest';
import { sampleQuestions as questions } from './fixtures.test-data';
import { breakdownByCountry, isReportableGroup, overallRatings, summariseSurvey, type SubmittedResponse } from './results';

const response = (responseId: number, country: string, q1: number, q4: string, name: string | null = `Person ${responseId}`): SubmittedResponse => ({
  responseId,
  name,
  country,
  answers: { q1, q2: 'right', q3: ['a'], q4 },
  quotable: responseId % 2 === 0,
});

describe('small-group suppression', () => {
  it('shows a group of 3 or more, never one of 1 or 2', () => {
    expect([0, 1, 2, 3, 4].map(isReportableGroup)).toEqual([false, false, false, true, true]);
  });

  it('hides the countries with fewer than 3 respondents and gives no figures for them', () => {
    const responses = [response(1, 'Fiji', 5, 'a'), response(2, 'Fiji', 4, 'b'), response(3, 'Fiji', 3, 'c'), response(4, 'Tonga', 1, 'd'), response(5, 'Tonga', 2, 'e')];
    expect(breakdownByCountry(questions, responses)).toEqual([
      { country: 'Fiji', hidden: false, respondents: 3, averages: { q1: 4 } },
      { country: 'Tonga', hidden: true },
    ]);
  });
});

describe('summariseSurvey', () => {
  const responses = [response(1, 'Fiji', 5, 'Zeta'), response(2, 'Fiji', 4, 'Alpha'), response(3, 'Tonga', 4, 'Mid')];

  it('gives the response rate, the rating distribution and average, and choice counts', () => {
    const results = summariseSurvey({ questions, anonymous: false }, responses, 6);
    expect(results.respondents).toBe(3);
    expect(results.responseRate).toBe(0.5);
    expect(results.questions[0]).toMatchObject({ kind: 'rating', counts: [0, 0, 0, 2, 1], answered: 3, average: 13 / 3 });
    expect(results.questions[1]).toMatchObject({ kind: 'single', answered: 3, options: [{ key: 'slow', count: 0 }, { key: 'right', count: 3 }, { key: 'fast', count: 0 }] });
  });

  it('lists anonymous free text without names, in the order of the text', () => {
    const text = summariseSurvey({ questions, anonymous: true }, responses, 3).questions[3];
    expect(text).toMatchObject({ kind: 'text' });
    expect(text?.kind === 'text' && text.answers.map((a) => [a.text, a.name])).toEqual([['Alpha', null], ['Mid', null], ['Zeta', null]]);
  });

  it('has no response rate when nobody was invited', () => {
    expect(summariseSurvey({ questions, anonymous: false }, [], 0).responseRate).toBeNull();
  });
});

describe('overallRatings', () => {
  it('reads only the ratings flagged as overall satisfaction', () => {
    expect(overallRatings(questions, { q1: 4, q2: 'right' })).toEqual([4]);
    expect(overallRatings(questions, { q2: 'right' })).toEqual([]);
  });
});
