import type { LessonFrontMatter, ModuleFile, ProgrammeFile, QuizFile } from '@/lib/validation/content';
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

export interface ContentModule {
  /** The module folder, relative to the working directory. */
  dir: string;
  meta: ModuleFile;
  /** In the order module.yaml lists them. */
  lessons: ContentLesson[];
  quiz: QuizFile | null;
}

/** The whole course as read from `content/`, every file validated. */
export interface ContentTree {
  programmes: ProgrammeFile[];
  /** Sorted by slug. */
  modules: ContentModule[];
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };
