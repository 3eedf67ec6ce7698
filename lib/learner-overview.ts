import 'server-only';
import { listEnrolledModuleSlugs, listOpenModuleSlugs } from '@/db/queries/enrolment';
import { listProgrammes, listUserProgrammes, type ProgrammeSummary } from '@/db/queries/programmes';
import { getPublishedModule, type PublishedModule } from '@/db/queries/published';
import { programmeProgress } from '@/lib/domain/completion';
import { traineeModuleView, type TraineeModuleView } from '@/lib/module-view';

export interface ModuleOverview {
  module: PublishedModule;
  standing: TraineeModuleView;
}

/** Everything "My learning" shows: enrolled modules with standing, programmes with progress, and the catalogue. */
export function learnerOverview(userId: number) {
  const enrolledSlugs = listEnrolledModuleSlugs(userId);
  const enrolled: ModuleOverview[] = enrolledSlugs.flatMap((slug) => {
    const courseModule = getPublishedModule(slug);
    return courseModule ? [{ module: courseModule, standing: traineeModuleView(userId, courseModule) }] : [];
  });
  const completeById = new Map(enrolled.map((e) => [e.module.id, e.standing.progress.complete]));
  const programmes = listUserProgrammes(userId).map((programme) => ({
    programme,
    progress: programmeProgress(programme.modules.map((m) => ({ moduleId: m.id, required: m.required, complete: completeById.get(m.id) ?? false }))),
  }));
  const enrolledIds = new Set(enrolled.map((e) => e.module.id));
  const mine = new Set(programmes.map((p) => p.programme.id));
  const catalogue = {
    programmes: listProgrammes().filter((p: ProgrammeSummary) => !mine.has(p.id) && p.modules.some((m) => m.published)),
    modules: listOpenModuleSlugs().flatMap((slug) => {
      const courseModule = getPublishedModule(slug);
      return courseModule && !enrolledIds.has(courseModule.id) ? [courseModule] : [];
    }),
  };
  return { enrolled, programmes, catalogue };
}
