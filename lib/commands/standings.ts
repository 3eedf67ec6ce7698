import 'server-only';
import { listModuleIds, loadStandingFacts, replaceStandings } from '@/db/queries/module-standings';
import { standingFromFacts, standingProgress, type StoredStanding } from '@/lib/domain/module-standing';
import type { Tx } from './transaction';

/**
 * The only writers of `module_standings`: each recomputes stored standings
 * from the facts with `standingFromFacts`, inside the caller's transaction,
 * so a stored standing is always exactly what a fresh computation says.
 */

function recompute(tx: Tx, moduleId: number, userId: number | null): StoredStanding[] {
  const facts = loadStandingFacts(tx, moduleId, userId);
  const rows: StoredStanding[] = [];
  for (const user of new Set([...facts.lessons.keys(), ...facts.attempts.keys(), ...facts.assignments.keys()])) {
    const standing = standingFromFacts(facts.lessons.get(user) ?? null, facts.attempts.get(user) ?? [], facts.scoring, facts.assignments.get(user) ?? []);
    if (standing) rows.push({ ...standing, ...standingProgress(facts.units, standing), userId: user, moduleId });
  }
  replaceStandings(tx, moduleId, userId, rows);
  return rows;
}

/** Recomputes one trainee's standing in one module (removed when they have no progress and no attempt there): the new standing, or null. */
export function refreshStanding(tx: Tx, userId: number, moduleId: number): StoredStanding | null {
  return recompute(tx, moduleId, userId)[0] ?? null;
}

/** Recomputes every trainee's standing in the module, set-based: after a new version changes its lessons or quiz. */
export function refreshModuleStandings(tx: Tx, moduleId: number): void {
  recompute(tx, moduleId, null);
}

/** Recomputes every standing: fills the table once for a database migrated from before it existed. */
export function refreshAllStandings(tx: Tx): void {
  for (const moduleId of listModuleIds(tx)) recompute(tx, moduleId, null);
}
