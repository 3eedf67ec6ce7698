import { stringify } from 'yaml';
import { fileQuestion, type QuizQuestion } from '@/lib/domain/question-types/registry';
import { translationPackageFiles } from './module-package-translations';
import type { AssignmentDraft, LessonDraft, QuizDraft } from './snapshot';
import type { TranslationDrafts } from './translation-draft';

/** A module's draft as written to a package: what content/ holds for one module. */
export interface PackageModule {
  slug: string;
  title: string;
  summary: string;
  selfEnrol: boolean;
  objectives: string[];
  lessons: LessonDraft[];
  quiz: QuizDraft | null;
  assignments?: AssignmentDraft[];
  translations?: TranslationDrafts;
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** Empty option feedback is the default; leaving it out keeps the file readable. */
function withoutEmptyFeedback(question: QuizQuestion): unknown {
  if (!('options' in question)) return question;
  return { ...question, options: question.options.map(({ feedback, ...rest }) => (feedback === '' ? rest : { ...rest, feedback })) };
}

function lessonFile(lesson: LessonDraft): string {
  const front = {
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    required: lesson.required,
    sources: lesson.sources,
    ...(lesson.lecture ? { lecture: lesson.lecture } : {}),
  };
  return `---\n${yaml(front)}---\n\n${lesson.markdown.replace(/^\s*\n/, '')}`;
}

function assignmentFile(assignment: AssignmentDraft): string {
  const { key: _key, brief, ...front } = assignment;
  return `---\n${yaml(front)}---\n\n${brief.replace(/^\s*\n/, '')}`;
}

/**
 * The files of a module in the content/ format (see content/README.md), keyed
 * by their path in a package: `modules/<slug>/module.yaml`, `lessons/*.md`,
 * `quiz.yaml`, `assignments/*.md`, the captions of each lecture under `lectures/`, and their
 * translations beside them. Lesson
 * attachments and videos are not part of the format and are not included.
 */
export function modulePackageFiles(mod: PackageModule): Record<string, string> {
  const dir = `modules/${mod.slug}`;
  const files: Record<string, string> = {
    [`${dir}/module.yaml`]: yaml({
      slug: mod.slug,
      title: mod.title,
      summary: mod.summary,
      selfEnrol: mod.selfEnrol,
      objectives: mod.objectives,
      lessons: mod.lessons.map((lesson) => lesson.key),
      ...(mod.assignments?.length ? { assignments: mod.assignments.map((assignment) => assignment.key) } : {}),
    }),
  };
  for (const assignment of mod.assignments ?? []) files[`${dir}/assignments/${assignment.key}.md`] = assignmentFile(assignment);
  for (const lesson of mod.lessons) {
    files[`${dir}/lessons/${lesson.key}.md`] = lessonFile(lesson);
    if (lesson.lecture && lesson.captionsVtt !== null) files[`${dir}/${lesson.lecture.captions}`] = lesson.captionsVtt;
  }
  if (mod.quiz) {
    const { questions, ...settings } = mod.quiz;
    files[`${dir}/quiz.yaml`] = yaml({ ...settings, questions: questions.map((question) => withoutEmptyFeedback(fileQuestion(question))) });
  }
  return { ...files, ...translationPackageFiles(dir, mod.lessons, mod.quiz, mod.translations ?? {}) };
}
