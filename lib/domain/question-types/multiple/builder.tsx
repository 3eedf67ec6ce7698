'use client';

import { QuestionChoices } from '@/components/authoring/question-choices';
import type { TypeBuilderProps } from '../input-props';

/** Multiple choice: the options, any number of them right, each with its feedback. */
export function MultipleBuilder({ form, set, error }: TypeBuilderProps) {
  return <QuestionChoices single={false} choices={form.choices} onChange={(choices) => set({ choices })} error={error} />;
}
