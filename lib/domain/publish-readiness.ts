/**
 * What must hold before a draft may become a version trainees see. Each
 * problem names what to fix; publishing is refused while any remains.
 */
import type { ModuleDraft } from '@/lib/content/snapshot';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { questionFormFromDraft, questionIssues } from './question-builder';
import { earnsMarks } from './question-types/registry';

export interface PublishProblem {
  key:
    | 'no-objectives'
    | 'no-lessons'
    | 'lesson-no-text'
    | 'lesson-too-deep'
    | 'lecture-incomplete'
    | 'captions-missing'
    | 'quiz-no-questions'
    | 'question-invalid';
  values?: Record<string, string | number>;
}

/** Every reason the draft cannot be published yet, in the order the editor shows them. */
export function publishProblems(draft: ModuleDraft): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (draft.objectives.length === 0) problems.push({ key: 'no-objectives' });
  if (draft.lessons.length === 0) problems.push({ key: 'no-lessons' });
  for (const lesson of draft.lessons) {
    if (lesson.markdown.trim() === '') problems.push({ key: 'lesson-no-text', values: { title: lesson.title } });
    const tooDeep = markdownNestingIssue(lesson.markdown);
    if (tooDeep) problems.push({ key: 'lesson-too-deep', values: { title: lesson.title, line: tooDeep.line } });
    if (lesson.lecture && (!lesson.lecture.title.trim() || !lesson.lecture.video || !lesson.lecture.captions)) {
      problems.push({ key: 'lecture-incomplete', values: { title: lesson.title } });
    } else if (lesson.lecture && lesson.captionsVtt === null) {
      problems.push({ key: 'captions-missing', values: { title: lesson.title } });
    }
  }
  // A description earns no marks: a quiz of descriptions alone has nothing to grade.
  if (draft.quiz && !draft.quiz.questions.some((q) => earnsMarks(q.type))) problems.push({ key: 'quiz-no-questions' });
  draft.quiz?.questions.forEach((question, index) => {
    const first = questionIssues(questionFormFromDraft(question))[0];
    if (first) problems.push({ key: 'question-invalid', values: { n: index + 1, prompt: question.prompt || '—', problem: first.key } });
  });
  return problems;
}
