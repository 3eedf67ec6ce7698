import type { PublicQuestion } from '@/lib/domain/attempt-layout';
import type { QuizResponse } from '@/lib/domain/grading';

/** What every question type's input gets: the public question (never its key) and the trainee's response. */
export interface TypeFieldProps {
  question: PublicQuestion;
  /** The DOM id prefix for this question's inputs. */
  id: string;
  response: QuizResponse | undefined;
  onChange: (response: QuizResponse, delayMs?: number) => void;
}
