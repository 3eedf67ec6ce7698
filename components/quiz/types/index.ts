import type { ComponentType } from 'react';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import { CheckboxField, RadioField } from './choice';
import { EssayField } from './essay';
import { MatchingField } from './matching';
import { NumericalField } from './numerical';
import { OrderingField } from './ordering';
import type { TypeFieldProps } from './props';
import { ShortField } from './short';

/** The input each question type shows a trainee; TypeScript requires one per type. */
export const typeFields: Record<QuestionType, ComponentType<TypeFieldProps>> = {
  single: RadioField,
  multiple: CheckboxField,
  truefalse: RadioField,
  short: ShortField,
  matching: MatchingField,
  ordering: OrderingField,
  numerical: NumericalField,
  essay: EssayField,
  // Text only: the prompt is all there is to show.
  description: () => null,
};
