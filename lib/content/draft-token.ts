import { canonicalJson, sha256 } from './canonical-json';

/**
 * A revision token for a draft item without a revision column (quiz
 * settings, questions): a short hash of its content. A save naming an older
 * token started from content that has changed since.
 */
export function revisionToken(value: unknown): string {
  return sha256(canonicalJson(value)).slice(0, 16);
}
