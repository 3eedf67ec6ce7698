import type { AssignmentFrontMatter } from '@/lib/validation/assignment';
import type { LessonFrontMatter, ModuleFile, ProgrammeFile, QuizFile } from '@/lib/validation/content';
import type { TranslationLocale } from '@/lib/domain/content-locales';
import type { ModuleTranslationFile, QuizTranslationFile } from '@/lib/validation/content-translation';
import type { VttCue } from './vtt';

/** A problem in a content file. `file` is relative to the working directory (the repo root). */
export interface ContentError {
  file: string;
  /** 1-based line, or null when the problem is about the file as a whole. */
  line: number | null;
  message: string;
}

/** A lesson's pre-taped lecture with its captions already read and checked. */
export interface ContentLecture {
  title: string;
  /** Relative to the module folder, as written in the front matter. */
  video: string;
  captions: string;
  videoExists: boolean;
  captionsVtt: string;
  cues: VttCue[];
}

export interface ContentLesson extends Omit<LessonFrontMatter, 'lecture'> {
  /** The file name without `.md`; stable across versions (progress is recorded against it). */
  key: string;
  file: string;
  /** Markdown after the front matter. */
  body: string;
  lecture: ContentLecture | null;
}

/** An assignment file: its front matter, and the brief (Markdown after it). */
export interface ContentAssignment extends AssignmentFrontMatter {
  /** The file name without `.md`; stable across versions (submissions are recorded against it). */
  key: string;
  file: string;
  brief: string;
}

export interface ContentModule {
  /** The module folder, relative to the working directory. */
  dir: string;
  meta: ModuleFile;
  /** In the order module.yaml lists them. */
  lessons: ContentLesson[];
  quiz: QuizFile | null;
  /** In the order module.yaml lists them (none when it lists none). */
  assignments: ContentAssignment[];
  /** Translations by locale; a locale with no translation file at all is absent. */
  translations: Partial<Record<TranslationLocale, ModuleTranslation>>;
}

/** The whole course as read from `content/`, every file validated. */
export interface ContentTree {
  programmes: ProgrammeFile[];
  /** Sorted by slug. */
  modules: ContentModule[];
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

/** A lesson's translation; a lecture title or captions not yet translated are null (English is shown). */
export interface LessonTranslation {
  key: string;
  file: string;
  title: string;
  summary: string;
  body: string;
  lecture: { title: string | null; captionsVtt: string | null; cues: VttCue[] | null } | null;
}

/** What exists of a module in one translation locale; every part is optional. */
export interface ModuleTranslation {
  module: ModuleTranslationFile | null;
  /** In module.yaml order, only the lessons that have a translation file. */
  lessons: LessonTranslation[];
  quiz: QuizTranslationFile | null;
}
