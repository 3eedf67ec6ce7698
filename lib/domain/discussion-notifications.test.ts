import { describe, expect, it } from 'vitest';
import { planPostNotifications, type NewPostFacts } from './discussion-notifications';

const base: NewPostFacts = { authorId: 1, threadAuthorId: 2, parentAuthorId: null, opensThread: false, mentionedIds: [], followerIds: [], announcedTo: [] };

describe('planPostNotifications', () => {
  it('tells the thread author and the replied-to author of a reply, followers of the rest', () => {
    expect(planPostNotifications({ ...base, parentAuthorId: 3, followerIds: [2, 3, 4, 1] })).toEqual([
      { kind: 'reply', recipientIds: [3, 2] },
      { kind: 'followed-thread', recipientIds: [4] },
    ]);
  });

  it('a mention wins over a reply, a reply over following; nobody hears twice', () => {
    expect(planPostNotifications({ ...base, mentionedIds: [2, 5, 5], followerIds: [2, 5, 6] })).toEqual([
      { kind: 'mention', recipientIds: [2, 5] },
      { kind: 'followed-thread', recipientIds: [6] },
    ]);
  });

  it('never tells the author, even of their own mention or reply', () => {
    expect(planPostNotifications({ ...base, authorId: 2, mentionedIds: [2], followerIds: [2] })).toEqual([]);
  });

  it('an opening post replies to no one; an announcement tells every other member', () => {
    expect(planPostNotifications({ ...base, authorId: 2, opensThread: true, mentionedIds: [3], announcedTo: [1, 2, 3, 4] })).toEqual([
      { kind: 'mention', recipientIds: [3] },
      { kind: 'announcement', recipientIds: [1, 4] },
    ]);
  });
});
