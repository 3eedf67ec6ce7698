import { localise, type Localised } from './content-fallback';

/** The parts of a published lesson that a translation replaces. */
interface LessonText {
  title: string;
  summary: string;
  html: string;
  lecture: { title: string; video: string; captions: string } | null;
  captionsVtt: string | null;
}

/** A published lesson translation (see db published_lesson_translations). */
interface LessonTranslationText {
  title: string;
  summary: string;
  html: string;
  lectureTitle: string | null;
  captionsVtt: string | null;
}

/**
 * A published lesson in the reader's language: the translation's title, text
 * and captions over the English lesson (video, sources, attachments and
 * minutes are shared). A lecture title or captions not yet translated stay
 * English; a lesson with no translation is the marked English fallback.
 */
export function localiseLesson<L extends LessonText>(locale: string, english: L, translation: LessonTranslationText | null): Localised<L> {
  const merged: L | null = translation && {
    ...english,
    title: translation.title,
    summary: translation.summary,
    html: translation.html,
    lecture: english.lecture && { ...english.lecture, title: translation.lectureTitle ?? english.lecture.title },
    captionsVtt: translation.captionsVtt ?? english.captionsVtt,
  };
  return localise(locale, english, { [locale]: merged });
}
