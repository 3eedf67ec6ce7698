import { questionType } from '@/lib/domain/question-types/registry';
import type { TranslationList } from '@/lib/domain/question-types/types';
import type { ModuleFile, QuizFile, QuizQuestion } from '@/lib/validation/content';
import type { ModuleTranslationFile, QuestionTranslationFile, QuizTranslationFile } from '@/lib/validation/content-translation';
import type { ContentError } from './types';
import { lineOfPath, type YamlSource } from './yaml-source';

/**
 * Structure checks of a translation against its English file. Grading and
 * progress are shared across languages, so a translation must have the same
 * objectives, question keys (same order) and option/pair/item counts.
 */

type Path = (string | number)[];

const at = (source: YamlSource, path: Path, message: string): ContentError => ({
  file: source.file,
  line: lineOfPath(source, path),
  message,
});

/** A translated module has as many objectives as the English one, in the same order. */
export function checkModuleTranslation(english: ModuleFile, translation: ModuleTranslationFile, source: YamlSource): ContentError[] {
  if (translation.objectives.length === english.objectives.length) return [];
  const message = `objectives: ${translation.objectives.length} given, the English module has ${english.objectives.length}`;
  return [at(source, ['objectives'], message)];
}

/** The list field each type's translation carries, and how many entries English has (null: any number). */
function expectedList(question: QuizQuestion): { field: TranslationList; count: number | null } | null {
  const field = questionType(question.type).translationList;
  if (!field) return null;
  // Translated accepted answers are extra answers, not a one-to-one list.
  if (field === 'accepted') return { field, count: null };
  const english = (question as unknown as Record<TranslationList, unknown[] | undefined>)[field];
  return { field, count: english?.length ?? 0 };
}

const listFields = ['options', 'pairs', 'items', 'accepted'] as const;

function checkQuestion(english: QuizQuestion, translated: QuestionTranslationFile, index: number, source: YamlSource): ContentError[] {
  const errors: ContentError[] = [];
  const expected = expectedList(english);
  for (const field of listFields) {
    const list = translated[field];
    if (field === expected?.field) {
      if (list === undefined && expected.count !== null) {
        errors.push(at(source, ['questions', index], `questions[${index}]: a ${english.type} question needs ${field} (${expected.count}, as in English)`));
      } else if (list !== undefined && expected.count !== null && list.length !== expected.count) {
        const message = `questions[${index}].${field}: ${list.length} given, the English question "${english.key}" has ${expected.count}`;
        errors.push(at(source, ['questions', index, field], message));
      }
    } else if (list !== undefined) {
      errors.push(at(source, ['questions', index, field], `questions[${index}].${field}: a ${english.type} question has no ${field}`));
    }
  }
  if (expected?.field === 'options' && 'options' in english && translated.options) {
    translated.options.forEach((option, optionIndex) => {
      if (option.feedback && !english.options[optionIndex]?.feedback) {
        const message = `questions[${index}].options[${optionIndex}].feedback: the English option has no feedback`;
        errors.push(at(source, ['questions', index, 'options', optionIndex, 'feedback'], message));
      }
    });
  }
  return errors;
}

/** A translated quiz has the English question keys in the same order, each with matching lists. */
export function checkQuizTranslation(english: QuizFile, translation: QuizTranslationFile, source: YamlSource): ContentError[] {
  const errors: ContentError[] = [];
  const count = Math.max(english.questions.length, translation.questions.length);
  for (let index = 0; index < count; index += 1) {
    const source_ = english.questions[index];
    const translated = translation.questions[index];
    if (!translated) {
      errors.push(at(source, ['questions'], `questions: question "${source_?.key}" of the English quiz is not translated`));
    } else if (!source_) {
      errors.push(at(source, ['questions', index, 'key'], `questions[${index}].key: the English quiz has no question here ("${translated.key}")`));
    } else if (translated.key !== source_.key) {
      const message = `questions[${index}].key: "${translated.key}" where the English quiz has "${source_.key}" (same keys, same order)`;
      errors.push(at(source, ['questions', index, 'key'], message));
    } else {
      errors.push(...checkQuestion(source_, translated, index, source));
    }
  }
  return errors;
}
