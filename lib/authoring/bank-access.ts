import 'server-only';
import { findBank, type Bank } from '@/db/queries/question-banks';
import type { SessionUser } from '@/db/queries/users';
import { canManageBank } from '@/lib/domain/authoring-access';

/** A bank the user may change, or the catalog key (under `banks.errors`) saying why not. */
export function managedBank(user: SessionUser, bankId: number): { bank: Bank } | { error: 'not-found' | 'forbidden' } {
  const bank = findBank(bankId);
  if (!bank) return { error: 'not-found' };
  if (!canManageBank(user, bank)) return { error: 'forbidden' };
  return { bank };
}
