/**
 * Which modules an enrolment may add. A trainee enrolling themselves gets
 * only the modules open to self-enrolment, whether they enrol in one module
 * or in a whole programme (otherwise the programme would be a way round a
 * closed module); a cohort or a manager enrols them in every module.
 */
export type EnrolmentSource = 'self' | 'cohort' | 'manager';

/** The ids of `modules` that an enrolment from `source` adds. */
export function enrollableModuleIds(source: EnrolmentSource, modules: readonly { id: number; selfEnrol: boolean }[]): number[] {
  return modules.filter((m) => source !== 'self' || m.selfEnrol).map((m) => m.id);
}
