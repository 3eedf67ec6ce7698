import { describe, expect, it } from 'vitest';
import {
  classifyEnrolmentRows,
  enrolmentEmails,
  enrolmentFingerprint,
  summariseEnrolment,
  toEnrolCount,
  type ExistingAccount,
} from './enrolment-classify';
import type { EnrolmentRow } from './enrolment-csv';

const row = (line: number, name: string, email: string, extra: Partial<EnrolmentRow> = {}): EnrolmentRow => ({
  line,
  name,
  email,
  country: 'Fiji',
  ministry: 'ITC',
  jobTitle: 'CIO',
  ...extra,
});

const account = (id: number, extra: Partial<ExistingAccount> = {}): ExistingAccount => ({
  id,
  name: `User ${id}`,
  role: 'trainee',
  active: true,
  memberRole: null,
  ...extra,
});

const accounts = new Map<string, ExistingAccount>([
  ['known@example.org', account(1)],
  ['member@example.org', account(2, { memberRole: 'trainee' })],
  ['gone@example.org', account(3, { active: false })],
  ['teacher@example.org', account(4, { role: 'instructor' })],
  ['boss@example.org', account(5, { role: 'manager', memberRole: 'manager' })],
]);

const classifyOne = (r: EnrolmentRow) => classifyEnrolmentRows([r], accounts)[0];

describe('classifyEnrolmentRows', () => {
  it('a new address becomes a new trainee account with the row’s profile (email lower-cased)', () => {
    expect(classifyOne(row(2, 'Mere Waqa', ' Mere.Waqa@Example.ORG '))).toEqual({
      line: 2,
      status: 'new',
      email: 'mere.waqa@example.org',
      name: 'Mere Waqa',
      country: 'Fiji',
      ministry: 'ITC',
      jobTitle: 'CIO',
      preferredLanguage: 'en',
    });
  });

  it.each([
    ['fa-AF', 'fa-AF'],
    ['prs', 'fa-AF'],
    ['دری', 'fa-AF'],
    ['PS', 'ps'],
    ['پښتو', 'ps'],
    ['en', 'en'],
    ['', 'en'],
  ])('a new account’s language %j becomes %s', (language, expected) => {
    expect(classifyOne(row(2, 'New Person', 'new@example.org', { language }))).toMatchObject({ status: 'new', preferredLanguage: expected });
  });

  it('an unknown language is a per-row problem', () => {
    expect(classifyOne(row(4, 'New Person', 'new@example.org', { language: 'Klingon' }))).toMatchObject({ status: 'wrong', problem: 'language-invalid' });
  });

  it('an existing trainee is added and keeps their own name', () => {
    expect(classifyOne(row(3, 'Other spelling', 'KNOWN@example.org'))).toEqual({
      line: 3,
      status: 'existing',
      email: 'known@example.org',
      name: 'User 1',
      userId: 1,
      alreadyMember: false,
    });
  });

  it('an existing trainee already in the cohort changes nothing', () => {
    expect(classifyOne(row(4, '', 'member@example.org'))).toMatchObject({ status: 'existing', alreadyMember: true });
  });

  it.each([
    ['a missing email', row(2, 'A', ''), 'email-missing'],
    ['a bad email', row(2, 'A', 'not-an-email'), 'email-invalid'],
    ['a bad email with a space', row(2, 'A', 'a b@example.org'), 'email-invalid'],
    ['a missing name for a new account', row(2, '', 'new@example.org'), 'name-missing'],
    ['a field over 120 characters', row(2, 'A', 'long@example.org', { ministry: 'M'.repeat(121) }), 'field-too-long'],
    ['a deactivated account', row(2, 'A', 'gone@example.org'), 'deactivated'],
    ['an instructor account', row(2, 'A', 'teacher@example.org'), 'not-a-trainee'],
    ['a manager of this cohort', row(2, 'A', 'boss@example.org'), 'member-other-role'],
    ['extra values from an unquoted comma', row(2, 'Karimi', 'x@example.org', { extraValues: 1 }), 'extra-values'],
  ])('flags %s', (_name, input, problem) => expect(classifyOne(input)).toMatchObject({ status: 'wrong', problem }));

  it('flags the second row with the same email as a duplicate of the first', () => {
    const rows = classifyEnrolmentRows([row(2, 'A', 'dup@example.org'), row(3, 'B', 'x@example.org'), row(4, 'A again', 'DUP@example.org')], accounts);
    expect(rows.map((r) => r.status)).toEqual(['new', 'new', 'wrong']);
    expect(rows[2]).toMatchObject({ problem: 'duplicate', duplicateOf: 2 });
  });

  it('keeps an Arabic-script name and a formula-like name as text', () => {
    expect(classifyOne(row(2, 'ليلى حداد', 'layla@example.org'))).toMatchObject({ status: 'new', name: 'ليلى حداد' });
    expect(classifyOne(row(2, '=HYPERLINK("x")', 'f@example.org'))).toMatchObject({ status: 'new', name: '=HYPERLINK("x")' });
  });
});

describe('summaries and fingerprints', () => {
  const rows = classifyEnrolmentRows(
    [row(2, 'New', 'new@example.org'), row(3, '', 'known@example.org'), row(4, '', 'member@example.org'), row(5, 'Bad', 'bad')],
    accounts,
  );

  it('counts what an enrolment would change', () => {
    const summary = summariseEnrolment(rows);
    expect(summary).toEqual({ created: 1, added: 1, unchanged: 1, wrong: 1 });
    expect(toEnrolCount(summary)).toBe(2);
  });

  it('lists each email once, lower-cased', () => {
    expect(enrolmentEmails([row(2, 'A', 'A@x.org'), row(3, 'B', 'a@x.org'), row(4, 'C', '')])).toEqual(['a@x.org']);
  });

  it('fingerprints the same classification identically and a changed one differently', () => {
    expect(enrolmentFingerprint(rows)).toBe(enrolmentFingerprint(classifyEnrolmentRows([row(2, 'New', 'new@example.org'), row(3, '', 'known@example.org'), row(4, '', 'member@example.org'), row(5, 'Bad', 'bad')], accounts)));
    const afterImport = new Map(accounts).set('new@example.org', account(9, { memberRole: 'trainee' }));
    expect(enrolmentFingerprint(classifyEnrolmentRows([row(2, 'New', 'new@example.org')], afterImport))).not.toBe(
      enrolmentFingerprint(classifyEnrolmentRows([row(2, 'New', 'new@example.org')], accounts)),
    );
  });
});
