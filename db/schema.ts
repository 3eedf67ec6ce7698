/** Every table of CIO Academy. drizzle-kit reads this file to generate migrations. */
export * from './schema/users';
export * from './schema/content';
export * from './schema/versions';
export * from './schema/learning';
export * from './schema/cohorts';
export * from './schema/standings';
export * from './schema/translations';
export * from './schema/surveys';
export * from './schema/discussions';
export * from './schema/notifications';
export * from './schema/assignments';
