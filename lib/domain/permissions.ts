/**
 * Who may do what. One table, read by pages, actions, route handlers and the
 * navigation alike; the unit test walks the whole role × action matrix.
 */
export const roles = ['trainee', 'instructor', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'learning:view', // my learning, module and lesson pages, quizzes, certificates
  'learning:enrol', // self-enrol in an open module
  'profile:edit', // edit one's own profile
  'content:author', // create and edit modules, lessons, quizzes and question banks
  'content:publish', // publish a module version
  'content:edit-any', // edit modules one does not own
  'cohorts:manage', // cohorts, enrolment, events, attendance
  'cohorts:view-all', // cohorts managed by others
  'reports:view', // completion dashboards and exports
  'users:manage', // create users, set roles, deactivate accounts
  'audit:view', // read the audit log
  'discussions:take-part', // cohort discussions; which cohorts, and as what, is lib/domain/discussion-access
] as const;
export type Action = (typeof actions)[number];

const grants: Record<Role, readonly Action[]> = {
  trainee: ['learning:view', 'learning:enrol', 'profile:edit', 'discussions:take-part'],
  instructor: ['profile:edit', 'content:author', 'content:publish', 'reports:view', 'discussions:take-part'],
  manager: ['profile:edit', 'cohorts:manage', 'reports:view', 'discussions:take-part'],
  admin: actions,
};

/** True when `role` may perform `action`. Unknown roles may do nothing. */
export function can(role: string | null | undefined, action: Action): boolean {
  if (!role || !isRole(role)) return false;
  return grants[role].includes(action);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The page a signed-in user lands on after sign-in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'trainee':
      return '/learn';
    case 'instructor':
      return '/author';
    case 'manager':
      return '/manage';
    case 'admin':
      return '/admin/users';
  }
}
