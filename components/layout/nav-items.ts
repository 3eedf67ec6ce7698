import { can, type Action, type Role } from '@/lib/domain/permissions';

export interface NavItem {
  href: string;
  labelKey: 'learn' | 'author' | 'grading' | 'manage' | 'surveys' | 'discussions' | 'reports' | 'users' | 'outbox' | 'audit' | 'profile';
  action: Action;
}

const items: NavItem[] = [
  { href: '/learn', labelKey: 'learn', action: 'learning:view' },
  { href: '/author', labelKey: 'author', action: 'content:author' },
  { href: '/author/grading', labelKey: 'grading', action: 'content:author' },
  { href: '/manage', labelKey: 'manage', action: 'cohorts:manage' },
  { href: '/manage/surveys', labelKey: 'surveys', action: 'reports:view' },
  { href: '/discussions', labelKey: 'discussions', action: 'discussions:take-part' },
  { href: '/manage/overview', labelKey: 'reports', action: 'reports:view' },
  { href: '/admin/users', labelKey: 'users', action: 'users:manage' },
  { href: '/admin/outbox', labelKey: 'outbox', action: 'users:manage' },
  { href: '/admin/audit', labelKey: 'audit', action: 'audit:view' },
  { href: '/profile', labelKey: 'profile', action: 'profile:edit' },
];

/** The navigation entries a role may use. */
export function navItemsFor(role: Role): NavItem[] {
  return items.filter((item) => can(role, item.action));
}
