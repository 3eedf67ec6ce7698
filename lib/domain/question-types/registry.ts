/**
 * The question types, each one folder with its module behind
 * {@link QuestionTypeModule}. The line in `modules` below is what makes a
 * type exist: `QuestionType` and `questionTypes` are read off it, and every
 * other per-type map is checked against it (see README.md, "Adding a
 * question type").
 */
import { z } from 'zod';
import type { QuestionData } from '../quiz-snapshot';
import { description } from './description';
import { essay } from './essay';
import { matching } from './matching';
import { multiple } from './multiple';
import { numerical } from './numerical';
import { ordering } from './ordering';
import { short } from './short';
import { single } from './single';
import { truefalse } from './truefalse';
import { listTranslatesOptions } from './translation-list';
import type { PublicQuestionBase, QuestionFormBase, QuestionTypeModule, ResponseBase } from './types';

// In the order authors are offered them.
const modules = { single, multiple, truefalse, short, numerical, matching, ordering, essay, description };
type Modules = typeof modules;

/** A question type's name. */
export type QuestionType = keyof Modules;

/** Each module is registered under its own type (a module under another type's name fails to compile). */
const _eachUnderItsType: { [T in QuestionType]: QuestionTypeModule<T, ResponseBase<T>> } = modules;

/** Every question type's name, in the order authors are offered them. */
export const questionTypes = Object.keys(_eachUnderItsType) as readonly QuestionType[] as readonly [QuestionType, ...QuestionType[]];

/** A trainee's answer to one question, tagged with the question's type (the union of every type's response). */
export type QuizResponse = { [T in QuestionType]: Exclude<ReturnType<Modules[T]['parseResponse']>, { error: string }> }[QuestionType];

/** A question as a quiz.yaml file holds it (the union of every type's file question). */
export type QuizQuestion = { [T in QuestionType]: z.output<Modules[T]['fileSchema']> }[QuestionType];

/** A type's own fields of the builder's question form. */
type FormFieldsOf<M> = M extends { builder: { blank(): infer B } } ? B : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The type-specific part of a question form: every type's own fields (a form holds them all; its type reads its part). */
export type QuestionFormFields = Intersection<{ [T in QuestionType]: FormFieldsOf<Modules[T]> }[QuestionType]>;

/** One question as the builder edits it. */
export type QuestionForm = QuestionFormBase & QuestionFormFields;

/** What a type's input needs beyond the common public fields. */
type PublicExtrasOf<M> = M extends { layout: { extras?(...args: never[]): infer P } } ? P : never;

/** A question as an open attempt may show it (never the key): the common fields, and each type's extras (matching's choices, an essay's template). */
export type PublicQuestion = PublicQuestionBase & Partial<Intersection<{ [T in QuestionType]: PublicExtrasOf<Modules[T]> }[QuestionType]>>;

/** A registered type, as code that does not know which one it holds sees it. */
export type RegisteredType = QuestionTypeModule<QuestionType, QuizResponse, QuizQuestion>;

/** The module of a question type. */
export function questionType(type: QuestionType): RegisteredType {
  return modules[type];
}

/** Every registered type, in the order authors are offered them. */
export const QUESTION_TYPES: readonly RegisteredType[] = questionTypes.map(questionType);

/** Every type's form fields as a form of another type holds them (empty lists, nothing chosen). */
export function blankFormFields(): QuestionFormFields {
  return Object.assign({}, ...QUESTION_TYPES.map((module) => module.builder.blank())) as QuestionFormFields;
}

/** The zod shape of every type's form fields, as the builder sends them (for lib/validation). */
export const questionFormShape = Object.assign({}, ...QUESTION_TYPES.map((module) => module.builder.formShape)) as {
  [K in keyof QuestionFormFields]-?: z.ZodType<QuestionFormFields[K]>;
};

/** Whether a question of this type earns marks (counts toward the maximum score); a description does not. */
export function earnsMarks(type: QuestionType): boolean {
  return questionType(type).grading !== 'none';
}

/** The number each question shows, counting only those that earn marks (a description has none), keyed by question key. */
export function questionNumbers(questions: readonly { key: string; type: QuestionType }[]): Record<string, number> {
  let n = 0;
  return Object.fromEntries(questions.flatMap((q) => (earnsMarks(q.type) ? [[q.key, ++n] as const] : [])));
}

/**
 * Whether a question's options are texts a translation replaces (choices,
 * matching pairs, ordering items); other types' options are answer data
 * (numbers, accepted answers, true/false) and stay as they are.
 */
export function translatesOptions(type: QuestionType): boolean {
  return listTranslatesOptions(questionType(type).translationList);
}

/**
 * A question with the option texts its type writes itself (true/false's)
 * in the reader's language; `translate` looks a `contentLanguage` key up.
 * Authored texts are left as they are.
 */
export function withOwnTexts<Q extends { type: QuestionType; options: { text: string }[] }>(question: Q, translate: (key: string) => string): Q {
  const own = questionType(question.type).layout.ownTexts;
  if (!own) return question;
  const shown = (text: string) => {
    const key = own[text];
    return key ? translate(key) : text;
  };
  return { ...question, options: question.options.map((option) => ({ ...option, text: shown(option.text) })) };
}

/** Whether untrusted text names a question type. */
export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && Object.hasOwn(modules, value);
}

/** Any question of a quiz.yaml file, told apart by its `type`. */
export const quizQuestionSchema = z.discriminatedUnion(
  'type',
  // Each type's schema is a strict object with a literal `type`; the registry's typing cannot see that through the interface.
  QUESTION_TYPES.map((module) => module.fileSchema) as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
) as unknown as z.ZodType<QuizQuestion>;

/** A question's content as its quiz.yaml form: base fields, `type` and the type's own fields. */
export function fileQuestion(question: QuestionData): QuizQuestion {
  const { key, type, prompt, explanation, points, skill, options } = question;
  const named = skill ? { skill } : {};
  return { key, type, ...named, prompt, explanation, points, ...questionType(type).fileFields(options) } as QuizQuestion;
}
