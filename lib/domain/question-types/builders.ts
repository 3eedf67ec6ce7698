/**
 * The author's side of each question type: its `builder.tsx`, one line per
 * type (kept apart from `./inputs` so a trainee's page never loads the
 * builder, and from `./registry` so the builder does not load grading).
 */
import type { ComponentType } from 'react';
import type { QuestionType } from '../quiz-snapshot';
import { DescriptionBuilder } from './description/builder';
import { EssayBuilder } from './essay/builder';
import type { TypeBuilderProps } from './input-props';
import { MatchingBuilder } from './matching/builder';
import { MultipleBuilder } from './multiple/builder';
import { NumericalBuilder } from './numerical/builder';
import { OrderingBuilder } from './ordering/builder';
import { ShortBuilder } from './short/builder';
import { SingleBuilder } from './single/builder';
import { TruefalseBuilder } from './truefalse/builder';

/** The fields an author fills in for a question of each type (its answer data). */
export const typeBuilders = {
  single: SingleBuilder,
  multiple: MultipleBuilder,
  truefalse: TruefalseBuilder,
  short: ShortBuilder,
  numerical: NumericalBuilder,
  matching: MatchingBuilder,
  ordering: OrderingBuilder,
  essay: EssayBuilder,
  description: DescriptionBuilder,
} satisfies Record<QuestionType, ComponentType<TypeBuilderProps>>;
