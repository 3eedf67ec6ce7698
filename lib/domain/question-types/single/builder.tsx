'use client';

import { QuestionChoices } from '@/components/authoring/question-choices';
import type { TypeBuilderProps } from '../input-props';

/** Single choice: the options, exactly one of them right, each with its feedback. */
export function SingleBuilder({ form, set, error }: TypeBuilderProps) {
  return <QuestionChoices single choices={form.choices} onChange={(choices) => set({ choices })} error={error} />;
}
