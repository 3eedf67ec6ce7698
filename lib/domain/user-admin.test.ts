import { describe, expect, it } from 'vitest';
import { checkAccountChange, roleChange } from './user-admin';

describe('checkAccountChange', () => {
  it('allows changing another account', () => expect(checkAccountChange(1, { id: 2 })).toBeNull());
  it('refuses changing one’s own account', () => expect(checkAccountChange(1, { id: 1 })).toBe('self-change'));
  it('refuses a missing account', () => expect(checkAccountChange(1, null)).toBe('user-not-found'));
});

describe('roleChange', () => {
  it('describes a change', () => expect(roleChange('trainee', 'manager')).toEqual({ from: 'trainee', to: 'manager' }));
  it('is null when the role stays', () => expect(roleChange('admin', 'admin')).toBeNull());
});
