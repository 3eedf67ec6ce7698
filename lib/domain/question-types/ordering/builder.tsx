'use client';

import { TextRows } from '@/components/authoring/question-lists';
import type { TypeBuilderProps } from '../input-props';

/** Ordering: the items, written in their correct order (trainees see them shuffled). */
export function OrderingBuilder({ form, set, error }: TypeBuilderProps) {
  return <TextRows field="items" values={form.items} onChange={(items) => set({ items })} error={error} />;
}
