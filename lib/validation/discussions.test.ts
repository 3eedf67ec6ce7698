import { describe, expect, it } from 'vitest';
import { hidePostSchema, postInThreadSchema, startThreadSchema } from './discussions';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('discussion form schemas', () => {
  it('reads a new forum thread, the announcement box as a flag', () => {
    expect(
      startThreadSchema.parse({ cohortId: '4', moduleSlug: '', lessonKey: '', title: ' Hello ', body: 'Hi', announcement: 'on' }),
    ).toEqual({
      cohortId: 4,
      moduleSlug: '',
      lessonKey: '',
      title: 'Hello',
      body: 'Hi',
      announcement: true,
    });
  });

  it('names each problem with its catalog key', () => {
    const result = startThreadSchema.safeParse({
      cohortId: 'x',
      moduleSlug: '',
      lessonKey: '',
      title: ' ',
      body: '![a](https://example.org/a.png)',
      announcement: '',
    });
    expect(messages(result)).toEqual({ cohortId: 'invalid', title: 'title-required', body: 'image-not-allowed' });
    expect(messages(postInThreadSchema.safeParse({ threadId: '1', parentId: 'abc', body: 'x'.repeat(10_001) }))).toEqual({
      parentId: 'invalid',
      body: 'body-too-long',
    });
    expect(messages(postInThreadSchema.safeParse({ threadId: '1', parentId: '', body: '> '.repeat(100) + 'deep' }))).toEqual({
      body: 'body-too-deep',
    });
  });

  it('takes an empty parent as a post in the thread, and unhiding without a reason', () => {
    expect(postInThreadSchema.parse({ threadId: '1', parentId: '', body: 'Hi' }).parentId).toBeNull();
    expect(hidePostSchema.parse({ postId: '3', hidden: 'false', reason: '' })).toEqual({ postId: 3, hidden: false, reason: '' });
  });
});
