import type { Attachment, Lecture } from '@/db/schema/content';
import type { AssignmentSpec } from '@/lib/domain/assignments/rubric';
import type { ModuleTextTranslation, OptionData, OptionSnapshot, QuestionData, QuestionSnapshot, QuizSnapshot } from '@/lib/domain/quiz-snapshot';
import { questionType } from '@/lib/domain/question-types/registry';
import { renderMarkdown } from '@/lib/markdown/render';
import { canonicalJson, sha256 } from './canonical-json';
import { acceptedInAllLanguages, lessonTranslationSnapshots, moduleTexts, quizTranslations, type PublishedLessonTranslationSnapshot } from './snapshot-translations';
import type { TranslationDrafts } from './translation-draft';

/** A draft option, in its authored position (for ordering questions, the correct order). */
export type OptionDraft = OptionData;
export type QuestionDraft = QuestionData;

export interface QuizDraft extends Omit<QuizSnapshot, 'questions'> {
  questions: QuestionDraft[];
}

export interface LessonDraft {
  key: string;
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  sources: string[];
  markdown: string;
  lecture: Lecture | null;
  /** The lecture's WebVTT text, frozen into the version with the lesson. */
  captionsVtt: string | null;
  attachments: Attachment[];
}

/** A draft assignment: its specification and the brief in Markdown. */
export interface AssignmentDraft extends AssignmentSpec {
  brief: string;
}

/** Everything that defines a module's published content, lessons in order. */
export interface ModuleDraft {
  title: string;
  summary: string;
  objectives: string[];
  lessons: LessonDraft[];
  quiz: QuizDraft | null;
  /** Assignments in order; absent or empty when there are none. */
  assignments?: AssignmentDraft[];
  /** The draft's translations by locale; absent or empty when there are none. */
  translations?: TranslationDrafts;
}

export interface PublishedLessonSnapshot extends Omit<LessonDraft, 'markdown'> {
  position: number;
  html: string;
}

/** An assignment as a version stores it: the brief rendered once. */
export interface PublishedAssignmentSnapshot extends AssignmentSpec {
  position: number;
  html: string;
}

export interface ModuleSnapshot {
  title: string;
  summary: string;
  objectives: string[];
  lessons: PublishedLessonSnapshot[];
  quiz: QuizSnapshot | null;
  assignments: PublishedAssignmentSnapshot[];
  /** Module title, summary and objectives by locale. */
  translations: Record<string, ModuleTextTranslation>;
  lessonTranslations: PublishedLessonTranslationSnapshot[];
  /** SHA-256 of the canonical draft: equal hashes mean nothing a trainee sees has changed. */
  contentHash: string;
}

/**
 * The key a trainee's browser sees for an option. Position and correctness
 * must not be recoverable from it: a key built only from visible data
 * (question key, option text, position) could be brute-forced over the few
 * possible positions, revealing an ordering question's answer or the authored
 * order of choices. So each key is salted with a hash of the whole question,
 * including what the trainee never sees before submitting (explanation,
 * correct flags, feedback, the order itself). It stays deterministic:
 * unchanged content keeps its keys.
 */
export function optionKey(question: QuestionDraft, text: string, position: number): string {
  const salt = sha256(canonicalJson(pickQuestion(question)));
  return sha256([salt, question.key, text, String(position)].join('\u0000')).slice(0, 12);
}

/*
 * TypeScript lets callers pass objects with extra properties (database ids,
 * revisions); hashes must only ever see the fields that define the content.
 */
function pickQuestion(question: QuestionDraft): QuestionDraft {
  const { key, type, prompt, explanation, points } = question;
  const options = question.options.map(({ text, correct, weight, match, feedback }) => ({ text, correct, weight, match, feedback }));
  return { key, type, prompt, explanation, points, options };
}

function pickDraft(draft: ModuleDraft): ModuleDraft {
  const lessons = draft.lessons.map((lesson) => ({
    key: lesson.key,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    required: lesson.required,
    sources: lesson.sources,
    markdown: lesson.markdown,
    lecture: lesson.lecture && { title: lesson.lecture.title, video: lesson.lecture.video, captions: lesson.lecture.captions },
    captionsVtt: lesson.captionsVtt,
    attachments: lesson.attachments.map(({ title, path, size, mimeType }) => ({ title, path, size, mimeType })),
  }));
  const quiz = draft.quiz && {
    title: draft.quiz.title,
    passMark: draft.quiz.passMark,
    attemptLimit: draft.quiz.attemptLimit,
    timeLimitMinutes: draft.quiz.timeLimitMinutes,
    shuffleQuestions: draft.quiz.shuffleQuestions,
    shuffleOptions: draft.quiz.shuffleOptions,
    scoring: draft.quiz.scoring,
    review: draft.quiz.review,
    questions: draft.quiz.questions.map(pickQuestion),
  };
  const picked: ModuleDraft = { title: draft.title, summary: draft.summary, objectives: draft.objectives, lessons, quiz };
  // Like translations: only a module with assignments hashes them, so other modules keep their hash.
  if (draft.assignments && draft.assignments.length > 0) picked.assignments = draft.assignments.map(pickAssignment);
  // Only a module with translations hashes them, so English-only modules keep their hash (and version).
  if (draft.translations && Object.keys(draft.translations).length > 0) picked.translations = draft.translations;
  return picked;
}

function pickAssignment(assignment: AssignmentDraft): AssignmentDraft {
  const { key, title, summary, required, passMark, submission, sources, brief } = assignment;
  const rubric = assignment.rubric.map((criterion) => ({
    key: criterion.key,
    title: criterion.title,
    levels: criterion.levels.map(({ title: level, points, descriptor }) => ({ title: level, points, descriptor })),
  }));
  return { key, title, summary, required, passMark, submission, sources, rubric, brief };
}

/** A type whose translations carry accepted answers (short answers) accepts them too; other types are unchanged. */
function withTranslatedAnswers(question: QuestionDraft, translations: TranslationDrafts): QuestionDraft {
  if (questionType(question.type).translationList !== 'accepted') return question;
  const known = new Set(question.options.map((option) => option.text));
  const extra = [...new Set(acceptedInAllLanguages(translations, question.key))].filter((text) => !known.has(text));
  // A translated answer is compared like the English ones (with case or not: the mark is in `match`).
  const match = question.options[0]?.match ?? null;
  const added = extra.map((text) => ({ text, correct: true, weight: null, match, feedback: '' }));
  return { ...question, options: [...question.options, ...added] };
}

function questionSnapshot(question: QuestionDraft): QuestionSnapshot {
  const options: OptionSnapshot[] = question.options.map((option, position) => ({
    key: optionKey(question, option.text, position),
    text: option.text,
    correct: option.correct,
    weight: option.weight,
    match: option.match,
    feedback: option.feedback,
  }));
  const { key, type, prompt, explanation, points } = question;
  return { key, type, prompt, explanation, points, options };
}

function quizSnapshot(quiz: QuizDraft, translations: TranslationDrafts): QuizSnapshot {
  const questions = quiz.questions.map((question) => questionSnapshot(withTranslatedAnswers(question, translations)));
  const translated = quizTranslations(translations, questions, quiz.title);
  return { ...quiz, questions, ...(Object.keys(translated).length > 0 ? { translations: translated } : {}) };
}

/**
 * Turns a module draft into what a published version stores: lessons with
 * their HTML rendered once, the quiz frozen with opaque option keys, and a
 * content hash over the draft so publishing unchanged content can be skipped.
 */
export function buildSnapshot(input: ModuleDraft): ModuleSnapshot {
  const draft = pickDraft(input);
  const translations = draft.translations ?? {};
  const lessons = draft.lessons.map(({ markdown, ...lesson }, position) => ({
    ...lesson,
    position,
    html: renderMarkdown(markdown),
  }));
  return {
    title: draft.title,
    summary: draft.summary,
    objectives: draft.objectives,
    lessons,
    quiz: draft.quiz ? quizSnapshot(draft.quiz, translations) : null,
    assignments: (draft.assignments ?? []).map(({ brief, ...assignment }, position) => ({ ...assignment, position, html: renderMarkdown(brief) })),
    translations: moduleTexts(translations),
    lessonTranslations: lessonTranslationSnapshots(translations, draft.lessons.map((lesson) => lesson.key)),
    contentHash: sha256(canonicalJson(draft)),
  };
}
