import { describe, expect, it } from 'vitest';
import { bodyProblem, MAX_POST_CHARACTERS, rateLimitRetryAt, referenceProblem, secondsUntil } from './discussion-limits';

const now = new Date('2026-03-01T12:00:00Z');
const secondsAgo = (n: number) => new Date(now.getTime() - n * 1000);

describe('rateLimitRetryAt', () => {
  it('allows up to 9 posts in the last minute, refuses the 11th', () => {
    const nine = Array.from({ length: 9 }, (_, i) => secondsAgo(50 - i));
    expect(rateLimitRetryAt(nine, now)).toBeNull();
    const ten = [...nine, secondsAgo(1)];
    // The oldest of the ten (50 s ago) leaves the window 10 s from now.
    expect(rateLimitRetryAt(ten, now)).toEqual(new Date(now.getTime() + 10_000 + 1));
    expect(secondsUntil(rateLimitRetryAt(ten, now)!, now)).toBe(11);
  });

  it('ignores posts older than a minute and posts in the future', () => {
    const old = Array.from({ length: 20 }, (_, i) => secondsAgo(61 + i));
    expect(rateLimitRetryAt([...old, new Date(now.getTime() + 5000)], now)).toBeNull();
  });

  it('with more than ten in the window, waits for enough of them to leave', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => secondsAgo(59 - i));
    // Sorted oldest first: 59 … 48 s ago; the window holds 10 once the 3rd oldest (57 s ago) has left.
    expect(rateLimitRetryAt(twelve, now)).toEqual(new Date(now.getTime() + 3_000 + 1));
  });

  it('says at least one second', () => {
    expect(secondsUntil(now, now)).toBe(1);
  });
});

describe('bodyProblem', () => {
  it.each<[string, string, ReturnType<typeof bodyProblem>]>([
    ['blank', '  \n ', 'body-required'],
    ['ordinary', 'Hello', null],
    ['exactly the limit', 'a'.repeat(MAX_POST_CHARACTERS), null],
    ['one over', 'a'.repeat(MAX_POST_CHARACTERS + 1), 'body-too-long'],
    ['Dari at the limit (counted as characters)', 'د'.repeat(MAX_POST_CHARACTERS), null],
    ['emoji counted once each', '🙂'.repeat(MAX_POST_CHARACTERS), null],
  ])('%s', (_label, body, problem) => {
    expect(bodyProblem(body)).toBe(problem);
  });
});

describe('referenceProblem', () => {
  it.each<[string, 'link' | 'image', string, ReturnType<typeof referenceProblem>]>([
    ['a web link', 'link', 'https://unpog.org/report.pdf', null],
    ['a lesson file link', 'link', '/api/media/12/01-intro/files/slides.pdf', null],
    ['a lesson figure', 'image', '/api/media/12/01-intro/files/figure.png', null],
    ['a draft upload link', 'link', '/api/author/lessons/3/media/files/x.pdf', 'attachment-not-allowed'],
    ['a media link outside a lesson folder', 'link', '/api/media/12/../../author/x', 'attachment-not-allowed'],
    ['an uploads folder link', 'link', 'https://academy.example.org/uploads/x.pdf', 'attachment-not-allowed'],
    ['a data URL', 'link', 'data:application/pdf;base64,AAAA', 'attachment-not-allowed'],
    ['a web image', 'image', 'https://example.org/cat.png', 'image-not-allowed'],
    ['a data image', 'image', 'data:image/png;base64,AAAA', 'image-not-allowed'],
    ['a relative link elsewhere in the app', 'link', '/modules/egov/lessons/01', null],
  ])('%s', (_label, kind, url, problem) => {
    expect(referenceProblem({ kind, url })).toBe(problem);
  });
});
