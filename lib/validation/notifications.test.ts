import { describe, expect, it } from 'vitest';
import { notificationPreferencesSchema, pageSchema } from './notifications';

const all = { reply: 'email', mention: 'email', 'followed-thread': 'digest', announcement: 'in-app', event: 'email' };

describe('notificationPreferencesSchema', () => {
  it('accepts one offered delivery per kind', () => {
    expect(notificationPreferencesSchema.safeParse(all).success).toBe(true);
  });

  it('refuses a missing kind or an unknown delivery with the invalid key', () => {
    const missing = notificationPreferencesSchema.safeParse({ ...all, event: undefined });
    const unknown = notificationPreferencesSchema.safeParse({ ...all, reply: 'sms' });
    expect(missing.success || unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toBe('invalid');
  });
});

describe('pageSchema', () => {
  it.each([
    ['3', 3],
    [undefined, 1],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    ['2.5', 1],
  ])('reads %j as page %d', (raw, page) => {
    expect(pageSchema.parse(raw)).toBe(page);
  });
});
