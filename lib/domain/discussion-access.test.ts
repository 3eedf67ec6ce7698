import { describe, expect, it } from 'vitest';
import {
  decideDiscussion,
  discussionActions,
  discussionStanding,
  EDIT_WINDOW_MS,
  type DiscussionAction,
  type DiscussionRefusal,
  type DiscussionViewer,
  type PostFacts,
} from './discussion-access';

const me = 7;
const now = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);

/** Every account role × role in the cohort, and the standing it gives. */
const viewers: [string, DiscussionViewer, 'moderator' | 'participant' | 'outsider'][] = [
  ['admin, not a member', { userId: me, role: 'admin', memberRole: null }, 'moderator'],
  ['admin, trainee member', { userId: me, role: 'admin', memberRole: 'trainee' }, 'moderator'],
  ['manager, manager member', { userId: me, role: 'manager', memberRole: 'manager' }, 'moderator'],
  ['manager, not a member', { userId: me, role: 'manager', memberRole: null }, 'outsider'],
  ['instructor, instructor member', { userId: me, role: 'instructor', memberRole: 'instructor' }, 'moderator'],
  ['instructor, not a member', { userId: me, role: 'instructor', memberRole: null }, 'outsider'],
  ['trainee, trainee member', { userId: me, role: 'trainee', memberRole: 'trainee' }, 'participant'],
  ['trainee, not a member', { userId: me, role: 'trainee', memberRole: null }, 'outsider'],
  ['unknown role, not a member', { userId: me, role: 'guest', memberRole: null }, 'outsider'],
];

const ownFresh: PostFacts = { authorId: me, createdAt: minutesAgo(5), deleted: false, hidden: false, isReply: false };
const othersPost: PostFacts = { ...ownFresh, authorId: 99 };
const open = { locked: false };

/** What each standing gets for each action on an open thread: own fresh post, or someone else's post. */
const expected: Record<'moderator' | 'participant', Record<DiscussionAction, { own: true | DiscussionRefusal; others: true | DiscussionRefusal }>> = {
  moderator: {
    view: { own: true, others: true },
    post: { own: true, others: true },
    reply: { own: true, others: true },
    edit: { own: true, others: 'not-author' },
    delete: { own: true, others: 'not-author' },
    pin: { own: true, others: true },
    lock: { own: true, others: true },
    hide: { own: true, others: true },
    report: { own: 'own-post', others: true },
    announce: { own: true, others: true },
    'see-hidden': { own: true, others: true },
    'moderation-queue': { own: true, others: true },
  },
  participant: {
    view: { own: true, others: true },
    post: { own: true, others: true },
    reply: { own: true, others: true },
    edit: { own: true, others: 'not-author' },
    delete: { own: true, others: 'not-author' },
    pin: { own: 'forbidden', others: 'forbidden' },
    lock: { own: 'forbidden', others: 'forbidden' },
    hide: { own: 'forbidden', others: 'forbidden' },
    report: { own: 'own-post', others: true },
    announce: { own: 'forbidden', others: 'forbidden' },
    'see-hidden': { own: 'forbidden', others: 'forbidden' },
    'moderation-queue': { own: 'forbidden', others: 'forbidden' },
  },
};

const outcome = (action: DiscussionAction, viewer: DiscussionViewer, post: PostFacts, thread = open) => {
  const decision = decideDiscussion(action, viewer, { thread, post, now });
  return decision.allowed ? true : decision.refusal;
};

describe('discussionStanding', () => {
  it.each(viewers)('%s is a %s', (_label, viewer, standing) => {
    expect(discussionStanding(viewer)).toBe(standing);
  });
});

describe('decideDiscussion: every standing × action', () => {
  for (const [label, viewer, standing] of viewers) {
    it.each(discussionActions)(`${label}: %s`, (action) => {
      if (standing === 'outsider') {
        // Outsiders learn nothing, not even that the cohort exists.
        expect(outcome(action, viewer, ownFresh)).toBe('not-found');
        expect(outcome(action, viewer, othersPost)).toBe('not-found');
        return;
      }
      expect(outcome(action, viewer, ownFresh)).toBe(expected[standing][action].own);
      expect(outcome(action, viewer, othersPost)).toBe(expected[standing][action].others);
    });
  }
});

describe('decideDiscussion: the conditions', () => {
  const trainee: DiscussionViewer = { userId: me, role: 'trainee', memberRole: 'trainee' };
  const instructor: DiscussionViewer = { userId: me, role: 'instructor', memberRole: 'instructor' };
  const locked = { locked: true };

  it('a locked thread takes no posts, replies or edits from participants; moderators still post', () => {
    expect(outcome('post', trainee, othersPost, locked)).toBe('locked');
    expect(outcome('reply', trainee, othersPost, locked)).toBe('locked');
    expect(outcome('edit', trainee, ownFresh, locked)).toBe('locked');
    expect(outcome('post', instructor, othersPost, locked)).toBe(true);
    expect(outcome('reply', instructor, othersPost, locked)).toBe(true);
    expect(outcome('delete', trainee, ownFresh, locked)).toBe(true);
  });

  it('edits are allowed for 30 minutes after posting, and not after', () => {
    const at = (ms: number) => ({ ...ownFresh, createdAt: new Date(now.getTime() - ms) });
    expect(outcome('edit', trainee, at(EDIT_WINDOW_MS))).toBe(true);
    expect(outcome('edit', trainee, at(EDIT_WINDOW_MS + 1))).toBe('edit-window-closed');
    expect(outcome('edit', instructor, at(EDIT_WINDOW_MS + 1))).toBe('edit-window-closed');
  });

  it('a deleted or hidden post cannot be edited, replied to or reported; a reply cannot be replied to', () => {
    const deleted = { ...othersPost, deleted: true };
    const hidden = { ...ownFresh, hidden: true };
    expect(outcome('reply', trainee, deleted)).toBe('deleted');
    expect(outcome('report', trainee, deleted)).toBe('deleted');
    expect(outcome('delete', trainee, { ...ownFresh, deleted: true })).toBe('deleted');
    expect(outcome('edit', trainee, { ...ownFresh, deleted: true })).toBe('deleted');
    expect(outcome('edit', trainee, hidden)).toBe('hidden');
    expect(outcome('reply', trainee, hidden)).toBe('hidden');
    expect(outcome('reply', trainee, { ...othersPost, isReply: true })).toBe('reply-to-reply');
    // The author may still delete a post a moderator hid.
    expect(outcome('delete', trainee, hidden)).toBe(true);
  });

  it('posting a new thread needs no thread or post', () => {
    expect(decideDiscussion('post', trainee)).toEqual({ allowed: true });
    expect(decideDiscussion('announce', trainee)).toEqual({ allowed: false, refusal: 'forbidden' });
    expect(decideDiscussion('edit', trainee)).toEqual({ allowed: false, refusal: 'not-author' });
  });
});
