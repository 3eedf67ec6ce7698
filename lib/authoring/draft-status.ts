import 'server-only';
import { readDraftAndPublished } from '@/db/queries/authoring-publish';
import type { ReadCaptions } from '@/db/queries/module-draft';
import { buildSnapshot, type ModuleDraft } from '@/lib/content/snapshot';
import { publishProblems, type PublishProblem } from '@/lib/domain/publish-readiness';

export interface DraftStatus {
  draft: ModuleDraft;
  /** The version trainees see now, or null when never published. */
  publishedVersion: number | null;
  /** Whether the draft differs from what trainees see. */
  changed: boolean;
  problems: PublishProblem[];
}

/** The module's draft compared with its published version, and what stops it being published (the rule publishing applies). */
export function getDraftStatus(moduleId: number, readCaptions: ReadCaptions): DraftStatus {
  const { draft, published } = readDraftAndPublished(moduleId, readCaptions);
  return {
    draft,
    publishedVersion: published?.version ?? null,
    changed: published?.contentHash !== buildSnapshot(draft).contentHash,
    problems: publishProblems(draft),
  };
}
