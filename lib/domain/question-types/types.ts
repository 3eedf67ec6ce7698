/**
 * The one interface every question type implements. A type is a folder
 * `./<type>/` whose `index.ts` exports a {@link QuestionTypeModule},
 * registered in `./registry.ts` (its `input.tsx` and `builder.tsx` in
 * `./inputs.ts` and `./builders.ts`); grading, attempt layout, review, GIFT,
 * the content files and the builder look it up there instead of switching
 * on the type. See README.md.
 */
import type { z } from 'zod';
import type { MoodleText, MoodleTypeData } from '@/lib/interchange/moodle-xml/types';
import type { OptionData, OptionSnapshot, QuestionSnapshot, QuestionType } from '../quiz-snapshot';

/** The lists a translated quiz question may carry (see `translationList`). */
export type TranslationList = 'options' | 'pairs' | 'items' | 'accepted';

/** Every response carries the type of the question it answers. */
export interface ResponseBase<T extends string = QuestionType> {
  type: T;
}

/** A response, or why untrusted input was refused. */
export type ParseOutcome<R> = R | { error: string };

/**
 * What every question of an open attempt shows: no correct flags, weights,
 * feedback, matches or explanation. `PublicQuestion` (./registry) adds what
 * each type's `layout.extras` gives its input.
 */
export interface PublicQuestionBase {
  key: string;
  type: QuestionType;
  prompt: string;
  points: number;
  options: { key: string; text: string }[];
  /** An answer value's label in the reader's language (matching's right-hand texts); the English text stays the value. */
  matchLabels?: Record<string, string>;
  /** The language the question's text is in, when it is not the page's (an untranslated quiz). */
  lang?: { lang: string; dir: 'ltr' | 'rtl' };
}

export type { PublicQuestion } from './registry';

/**
 * The part of a question form every type has. The whole form
 * (`QuestionForm`, in ./registry) adds every type's own fields
 * (`builder.blank`); each type reads and writes its part.
 */
export interface QuestionFormBase {
  type: QuestionType;
  prompt: string;
  explanation: string;
  /** As typed, so a bad value can be shown back. */
  points: string;
}

/** One choice row of the builder (choice questions; a short answer's imported answers keep theirs here). */
export interface ChoiceForm {
  text: string;
  correct: boolean;
  feedback: string;
  /** A GIFT-style percentage kept from imported questions; the builder does not edit it. */
  weight: number | null;
}

/** A problem with one form field; `field` is a dotted path such as `choices.2.text`; `key` names a catalogue message. */
export interface FormIssue {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/** One `=` or `~` answer of a GIFT answer block; `offset` is where its marker stands. */
export interface GiftAnswer {
  offset: number;
  marker: '=' | '~';
  weight: number | null;
  text: string;
  feedback: string;
}

export interface GiftProblem {
  offset: number;
  message: string;
}

/** The inside of a GIFT answer block `{…}`, as each type's reader sees it. */
export interface GiftBlock {
  /** The answers without the general feedback, trimmed, still escaped-protected. */
  body: string;
  /** Offset of the body's first character, for problems. */
  at: number;
  /** The general feedback (`####…`), unescaped. */
  explanation: string;
  /** The body split at every `=` and `~`, or the first malformed answer. */
  answers(): GiftAnswer[] | GiftProblem;
}

/** What a reader makes of an answer block. */
export type GiftRead = { ok: true; type: QuestionType; options: OptionData[] } | { ok: false; problems: GiftProblem[] };

/** How a type writes its answers inside the braces: on the line, or one per line; or the text alone, with no braces. */
export type GiftWrite = { inline: string } | { lines: string[] } | { textOnly: true };

/** The base fields every question of a content file has. */
export interface FileQuestionBase {
  key: string;
  prompt: string;
  explanation: string;
  points: number;
}

/**
 * A question type. `R` is its response, `F` its question in a quiz.yaml file,
 * `B` its own fields of the builder's question form, `P` what its input
 * needs of a question beyond the common public fields (`layout.extras`).
 * Methods take the question's own type only; the registry checks the type
 * before calling (a response of another type is never passed in).
 */
// `T extends string`, not `QuestionType`: the type names are read off the registry's modules, which implement this.
export interface QuestionTypeModule<
  T extends string = QuestionType,
  R extends ResponseBase<T> = ResponseBase<T>,
  F = unknown,
  B extends object = object,
  P extends object = object,
> {
  type: T;
  /**
   * How the question is graded. `auto`: by {@link fraction} on submission.
   * `none` (a description): no answer and 0 points; shown in the quiz and
   * review, never graded, adding nothing to the maximum score. `manual` (an
   * essay): earns marks, graded later by an instructor; the attempt awaits
   * grading until then.
   */
  grading: 'auto' | 'none' | 'manual';

  /** The quiz.yaml question of this type (base fields, `type` and its own fields), strict. */
  fileSchema: z.ZodType<F>;
  /** A validated file question's answer data as options, in authored order. */
  fileOptions(file: F): OptionData[];
  /** The inverse of `fileOptions`: the type's own fields of a file question (defaults left out). */
  fileFields(options: OptionData[]): Omit<F, keyof FileQuestionBase | 'type'>;

  /** Checks untrusted input (an object) against a question of this type. */
  parseResponse(question: QuestionSnapshot, fields: Record<string, unknown>): ParseOutcome<R>;
  /** The share of the points a response earns, in [0, 1], or null when it is empty (unanswered). */
  fraction(question: QuestionSnapshot, response: R): number | null;
  /** A response that earns full marks: what demo data and tests answer with. */
  keyResponse(question: QuestionSnapshot): R;

  layout: {
    /** The options a trainee sees, in authored order (none for short answers). */
    shown(question: QuestionSnapshot): OptionSnapshot[];
    /** `quiz`: shuffled when the quiz shuffles options; `never`; `not-authored`: always shuffled, never in authored order. */
    shuffle: 'quiz' | 'never' | 'not-authored';
    /** Anything else the browser needs before submission (never the key). */
    extras?(question: QuestionSnapshot, order: string[], seed: string): P;
    /**
     * Option texts the type writes itself, not an author (true/false's "True"
     * and "False"): stored text → its key in the `contentLanguage` catalogue,
     * so the quiz and its review show them in the reader's language.
     */
    ownTexts?: Readonly<Record<string, string>>;
  };

  review: {
    /**
     * The trainee's answer as texts. `labels` shows an answer value (a
     * matching right-hand text, which stays English in every language) in
     * the reader's language.
     */
    answer(question: QuestionSnapshot, response: R, labels?: Readonly<Record<string, string>>): string[];
    /** The correct answer as texts, answer values shown through `labels` as in {@link answer}. */
    correct(question: QuestionSnapshot, labels?: Readonly<Record<string, string>>): string[];
    /** The options the response chose (or matched), whose feedback the trainee gets. */
    chosen(question: QuestionSnapshot, response: R): string[];
  };

  gift: {
    /** A question written with no answer block at all is of this type (a description); one type at most. */
    bare?: true;
    /** Reads an answer block written in this type's syntax; null when the syntax is not this type's. */
    read?(block: GiftBlock): GiftRead | null;
    /** The answers inside the braces, or null when GIFT cannot express this type. */
    write(options: OptionData[]): GiftWrite | null;
  };

  /** Moodle XML: how this type reads Moodle's question data and writes its own (see lib/interchange/moodle-xml). */
  moodleXml: {
    /**
     * This type's fields of a file question (with `type`, and `points` when the
     * type fixes them) made from Moodle's type data; null when the data is
     * another type's. Refuses invalid data with `kit.invalid`.
     */
    read(data: MoodleTypeData, kit: MoodleXmlKit): (Partial<F> & { type: T }) | null;
    /** A file question of this type as Moodle's type data. */
    write(question: F, kit: MoodleXmlKit): MoodleTypeData;
  };

  builder: {
    /** Its own fields as zod checks them in the JSON the builder sends (bounds only; `issues` names problems). */
    formShape: { [K in keyof B]-?: z.ZodType<B[K]> };
    /** Its fields as a form of another type holds them (empty lists, nothing chosen): every form has every type's fields. */
    blank(): B;
    /** The rows a new question of this type starts from. */
    empty(): Partial<B>;
    /** Problems with the type's own fields, in the order the form shows them. */
    issues(form: B): FormIssue[];
    /** A valid form's answer data as options. */
    options(form: B): OptionData[];
    /** Stored options back as the type's own form fields. */
    fields(options: OptionData[]): Partial<B>;
  };

  /** How author-facing lists (GIFT preview) show one option, and whether right/wrong means anything. */
  listing: { text(option: OptionData): string; marksCorrect: boolean };
  /**
   * Which list of a `quiz.<locale>.yaml` translation holds this type's option texts: choices as
   * `options`, matching as `pairs`, ordering as `items`, short answers' extra `accepted` answers;
   * none when only the prompt and explanation are translated.
   */
  translationList: TranslationList | null;
}

/** What the Moodle XML mapping hands each type: text conversion, warnings and refusal (so the types stay free of XML code). */
export interface MoodleXmlKit {
  /** A Moodle text as our Markdown. */
  markdown(text: MoodleText): string;
  /** Our Markdown as a Moodle text. */
  text(markdown: string): MoodleText;
  /** Notes something the mapping changed or left out. */
  warn(message: string): void;
  /** Refuses the question with a reason. */
  invalid(reason: string): never;
}
