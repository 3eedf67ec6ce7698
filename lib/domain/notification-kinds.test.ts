import { describe, expect, it } from 'vitest';
import { deliveriesFor, deliveryFor, notificationKinds, planNotifications, type NotificationRequest } from './notification-kinds';

const request = (over: Partial<NotificationRequest<string>>): NotificationRequest<string> => ({
  kind: 'reply',
  recipientIds: [],
  actorId: null,
  payload: 'p',
  ...over,
});

describe('deliveryFor', () => {
  it.each([
    ['reply', 'email'],
    ['mention', 'email'],
    ['followed-thread', 'digest'],
    ['announcement', 'email'],
    ['event', 'email'],
  ] as const)('defaults %s to %s', (kind, delivery) => {
    expect(deliveryFor(kind, {})).toBe(delivery);
  });

  it('keeps a stored choice over the default', () => {
    expect(deliveryFor('event', { event: 'in-app' })).toBe('in-app');
    expect(deliveryFor('followed-thread', { event: 'in-app', 'followed-thread': 'email' })).toBe('email');
  });

  it('lists every kind', () => {
    expect(Object.keys(deliveriesFor({ reply: 'digest' }))).toEqual([...notificationKinds]);
    expect(deliveriesFor({ reply: 'digest' }).reply).toBe('digest');
  });
});

describe('planNotifications', () => {
  it('skips the actor and collapses duplicate recipients', () => {
    const planned = planNotifications([request({ recipientIds: [2, 3, 2, 1, 3], actorId: 1 })]);
    expect(planned.map((p) => p.recipientId)).toEqual([2, 3]);
  });

  it('lets a mention win over a reply and a reply over a followed thread under one dedupe key', () => {
    const planned = planNotifications([
      request({ kind: 'followed-thread', recipientIds: [2, 3, 4], actorId: 1, dedupeKey: 'post-9', payload: 'follow' }),
      request({ kind: 'reply', recipientIds: [3], actorId: 1, dedupeKey: 'post-9', payload: 'reply' }),
      request({ kind: 'mention', recipientIds: [4, 1], actorId: 1, dedupeKey: 'post-9', payload: 'mention' }),
      request({ kind: 'reply', recipientIds: [4], actorId: 1, dedupeKey: 'post-9', payload: 'late reply' }),
    ]);
    expect(planned.map((p) => [p.recipientId, p.kind, p.payload])).toEqual([
      [2, 'followed-thread', 'follow'],
      [3, 'reply', 'reply'],
      [4, 'mention', 'mention'],
    ]);
  });

  it('notifies again for requests without a shared key', () => {
    const planned = planNotifications([request({ kind: 'event', recipientIds: [2] }), request({ kind: 'event', recipientIds: [2] })]);
    expect(planned).toHaveLength(2);
  });

  it('plans nothing when the only recipient is the actor', () => {
    expect(planNotifications([request({ recipientIds: [5], actorId: 5 })])).toEqual([]);
  });
});
