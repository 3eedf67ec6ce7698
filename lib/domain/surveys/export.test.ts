import { describe, expect, it } from 'vitest';
import { aggregateExportRows, namedExportRows } from './export';
import { sampleQuestions as questions } from './fixtures.test-data';
import { summariseSurvey, type SubmittedResponse } from './results';

const labels = { name: 'Name', country: 'Country', submittedAt: 'Submitted', question: 'Question', answer: 'Answer', count: 'Count' };

describe('survey exports', () => {
  it('an anonymous export holds counts and free text only, never a name or a per-person row', () => {
    const responses: SubmittedResponse[] = [
      { responseId: 1, name: 'Habiba Noori', country: 'Afghanistan', answers: { q1: 5, q3: ['a', 'b'], q4: 'Open data' }, quotable: false },
      { responseId: 2, name: 'Sione Tupou', country: 'Tonga', answers: { q1: 3, q2: 'fast', q4: 'A service catalogue' }, quotable: false },
    ];
    const rows = aggregateExportRows(summariseSurvey({ questions, anonymous: true }, responses, 5), labels);
    expect(rows[0]).toEqual(['Question', 'Answer', 'Count']);
    expect(rows.flat().join('|')).not.toMatch(/Habiba|Sione|Afghanistan|Tonga/);
    expect(rows).toContainEqual([questions[0]!.prompt, 5, 1]);
    expect(rows).toContainEqual([questions[2]!.prompt, 'Cases', 1]);
    expect(rows.filter((row) => row[0] === questions[3]!.prompt).map((row) => row[1])).toEqual(['A service catalogue', 'Open data']);
  });

  it('a named export has one row per respondent with option labels', () => {
    const rows = namedExportRows(questions, [{ name: 'Mere Waqa', country: 'Fiji', submittedAt: '2026-10-02', answers: { q1: 4, q3: ['a', 'c'] } }], labels);
    expect(rows).toEqual([
      ['Name', 'Country', 'Submitted', ...questions.map((q) => q.prompt)],
      ['Mere Waqa', 'Fiji', '2026-10-02', '4', '', 'Cases; Q&A', ''],
    ]);
  });
});
