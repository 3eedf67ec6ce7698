/**
 * What a question type's UI pieces get and give (its `input.tsx` for the
 * trainee, its `builder.tsx` for the author). Types only, so the domain
 * modules and the UI can both name them.
 */
import type { ComponentType } from 'react';
import type { QuestionForm, QuizResponse } from './registry';
import type { PublicQuestion } from './types';

/** What every question type's input gets: the public question (never its key) and the trainee's response. */
export interface TypeFieldProps {
  question: PublicQuestion;
  /** The DOM id prefix for this question's inputs. */
  id: string;
  response: QuizResponse | undefined;
  onChange: (response: QuizResponse, delayMs?: number) => void;
}

/** A type's part of an open attempt's form. */
export interface TypeInput {
  /** The input a trainee answers with; null for text to read, which earns no marks (a description). */
  Field: ComponentType<TypeFieldProps> | null;
  /** The answer a question left untouched is taken to give (an ordering left as shown), if any. */
  defaultResponse?(question: PublicQuestion): QuizResponse;
}

/** What each question type's builder fields get: the form, a patcher, and the error of a field path. */
export interface TypeBuilderProps {
  form: QuestionForm;
  set: (patch: Partial<QuestionForm>) => void;
  error: (field: string) => string | undefined;
}
