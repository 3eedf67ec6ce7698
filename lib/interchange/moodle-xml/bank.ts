/**
 * Moodle XML for question banks: a parsed file as the import preview and the
 * bank's questions, and a bank's questions as a file. Banks have no
 * categories, so a question's category path becomes the start of its key
 * (`Maths/Algebra` + `Q1` → `maths-algebra-q1`) and is named in a warning.
 */
import { importedPoints } from '@/lib/domain/bank-questions';
import type { GiftQuestion } from '@/lib/domain/gift';
import { fileQuestion, questionType } from '@/lib/domain/question-types/registry';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import { embedStoredImages } from './bank-images';
import { categorySegments } from './categories';
import { fromQuizQuestion } from './from-content';
import { parseMoodleXml, type MoodleXmlOptions } from './parse';
import { toMoodleXml } from './serialise';
import { toQuizQuestion } from './to-content';
import type { ImportedImage } from './types';

/** One question of the file as the preview lists it, in file order (unknown types last). */
export type MoodlePreviewRow =
  | { name: string; type: QuestionType; importable: true; warnings: string[] }
  | { name: string; type: string; importable: false; reason: string };

export interface MoodleBankImport {
  rows: MoodlePreviewRow[];
  /** The importable questions, as the bank import takes them. */
  questions: GiftQuestion[];
  /** The embedded images to store, `question` being the index in `questions` (their texts still say `@@PLUGINFILE@@`). */
  images: ImportedImage[];
  /** Set when the file held more questions than are read. */
  capped: { limit: number; more: number } | null;
}

/**
 * Reads a Moodle XML file for a bank (throws MoodleXmlError when the file as
 * a whole is refused). Images that cannot be imported (missing, not PNG or
 * JPEG, too large) are named in their question's warnings.
 */
export function readMoodleForBank(xml: string, options: MoodleXmlOptions = {}): MoodleBankImport {
  const parsed = parseMoodleXml(xml, options);
  const taken = new Set<string>();
  const rows: MoodlePreviewRow[] = [];
  const questions: GiftQuestion[] = [];
  const images: ImportedImage[] = [];
  const fileWarnings = new Map<string, string[]>();
  for (const warning of parsed.warnings) fileWarnings.set(warning.question, [...(fileWarnings.get(warning.question) ?? []), warning.message]);
  parsed.questions.forEach((moodle, index) => {
    const mapped = toQuizQuestion(moodle, taken);
    if (!mapped.ok) {
      rows.push({ name: moodle.name, type: moodle.type, importable: false, reason: mapped.reason });
      return;
    }
    const { question } = mapped;
    const warnings = [...(fileWarnings.get(moodle.name) ?? []), ...mapped.warnings];
    for (const image of parsed.images) if (image.question === index) images.push({ ...image, question: questions.length });
    const segments = moodle.category ? categorySegments(moodle.category) : [];
    if (segments.length > 0) warnings.push(`the category "${segments.join(' / ')}" is kept as the start of the question's key`);
    questions.push({
      title: [...segments, moodle.name].join(' '),
      category: moodle.category,
      type: question.type,
      prompt: question.prompt,
      explanation: question.explanation,
      options: questionType(question.type).fileOptions(question),
      points: question.points,
    });
    rows.push({ name: moodle.name, type: question.type, importable: true, warnings });
  });
  // Types the reader does not know at all come after the file's other questions.
  for (const skip of parsed.skipped) rows.push({ name: skip.name, type: skip.type, importable: false, reason: skip.reason });
  return { rows, questions, images, capped: parsed.capped };
}

/**
 * A bank's questions (key as title) as a Moodle XML file, all in one category
 * named after the bank; points become `<defaultgrade>`, and each stored image
 * a text shows is written into it as a `<file>` (`readImage` gives its bytes).
 */
export function bankToMoodleXml(
  questions: readonly (GiftQuestion & { title: string })[],
  bankName: string,
  readImage: (name: string) => Uint8Array | null = () => null,
): string {
  const category = `$course$/${bankName.replaceAll('/', '//')}`;
  return toMoodleXml(
    questions.map((q) =>
      embedStoredImages(
        fromQuizQuestion(
          fileQuestion({ key: q.title, type: q.type, prompt: q.prompt, explanation: q.explanation, points: q.points ?? importedPoints(q.type), options: q.options }),
          category,
        ),
        readImage,
      ),
    ),
  );
}
