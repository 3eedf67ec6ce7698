/**
 * A neutral picture of what a Moodle XML file (`<quiz>` of `<question type="…">`)
 * says, kept close to Moodle's own fields so that reading a file and writing it
 * back loses nothing. Mapping to our question shapes happens in `content.ts`.
 */

/** The text formats Moodle writes; `wiki_like` and unknown names are read as `html`, as Moodle does. */
export const moodleTextFormats = ['html', 'moodle_auto_format', 'plain_text', 'markdown'] as const;
export type MoodleTextFormat = (typeof moodleTextFormats)[number];

/** A `<file>` element inside a text: base64 content kept as written, so a round trip is exact. */
export interface MoodleFile {
  name: string;
  /** Moodle's file area folder, `/` unless the file says otherwise. */
  path: string;
  base64: string;
}

/** A text field with its format and the files its `@@PLUGINFILE@@` references point at. */
export interface MoodleText {
  text: string;
  format: MoodleTextFormat;
  files: MoodleFile[];
}

export interface MoodleAnswer {
  text: MoodleText;
  /** Moodle's fraction: 1 is full marks, 0.5 half, negative values penalise. */
  fraction: number;
  feedback: MoodleText;
}

export interface MoodleHint {
  text: MoodleText;
  showNumCorrect: boolean;
  clearWrong: boolean;
}

/** The "correct / partially correct / incorrect" feedback of choice, matching and ordering questions. */
export interface CombinedFeedback {
  correct: MoodleText;
  partiallyCorrect: MoodleText;
  incorrect: MoodleText;
  showNumCorrect: boolean;
}

/** What every question has, whatever its type. */
export interface MoodleQuestionBase {
  name: string;
  questionText: MoodleText;
  generalFeedback: MoodleText;
  defaultMark: number;
  penalty: number;
  hidden: boolean;
  idNumber: string;
  tags: string[];
  hints: MoodleHint[];
  /** The `<question type="category">` path in force for this question, or null before any. */
  category: string | null;
}

export interface MultichoiceData {
  type: 'multichoice';
  single: boolean;
  shuffleAnswers: boolean;
  answerNumbering: string;
  /** Moodle 3.8+ writes it; older files leave it out (null), and so does our export then. */
  showStandardInstruction: string | null;
  answers: MoodleAnswer[];
  combinedFeedback: CombinedFeedback;
}

export interface TrueFalseData {
  type: 'truefalse';
  correctAnswer: boolean;
  feedbackTrue: MoodleText;
  feedbackFalse: MoodleText;
}

export interface ShortAnswerData {
  type: 'shortanswer';
  caseSensitive: boolean;
  /** Answer texts are plain text in Moodle whatever their format attribute says. */
  answers: MoodleAnswer[];
}

export interface NumericalAnswer extends MoodleAnswer {
  tolerance: number;
}

export interface NumericalData {
  type: 'numerical';
  answers: NumericalAnswer[];
  units: { name: string; multiplier: number }[];
}

export interface MatchingData {
  type: 'matching';
  shuffleAnswers: boolean;
  /** A subquestion with empty text is a distractor: its answer is offered but matches nothing. */
  subquestions: { text: MoodleText; answer: string }[];
  combinedFeedback: CombinedFeedback;
}

export interface EssayData {
  type: 'essay';
  responseFormat: string;
  responseRequired: boolean;
  responseFieldLines: number;
  /** -1 means unlimited, as in Moodle. */
  attachments: number;
  attachmentsRequired: number;
  graderInfo: MoodleText;
  responseTemplate: MoodleText;
}

export interface DescriptionData {
  type: 'description';
}

/** The `ordering` plugin: items in their right order (Moodle stores the position as the answer's fraction). */
export interface OrderingData {
  type: 'ordering';
  items: { text: MoodleText; feedback: MoodleText }[];
  layoutType: string;
  selectType: string;
  selectCount: string;
  gradingType: string;
  showGrading: string;
  numberingStyle: string;
  combinedFeedback: CombinedFeedback;
}

export type MoodleTypeData =
  MultichoiceData | TrueFalseData | ShortAnswerData | NumericalData | MatchingData | EssayData | DescriptionData | OrderingData;

export type MoodleQuestion = MoodleQuestionBase & MoodleTypeData;
export type MoodleQuestionType = MoodleQuestion['type'];

/** A `<question type="category">`: a bank category path such as `$course$/Maths/Algebra`. */
export interface MoodleCategory {
  path: string;
  info: MoodleText;
  idNumber: string;
}

/** A question that was read but not imported, with why (`code` names a catalogue message). */
export interface SkippedQuestion {
  /** 1-based position among the file's `<question>` elements. */
  position: number;
  name: string;
  type: string;
  code: 'unsupported-type' | 'invalid' | 'not-supported-here';
  reason: string;
}

/** Something the importer had to change or leave out; `question` is the question's name. */
export interface ImportWarning {
  question: string;
  message: string;
}

/** An embedded image ready for the caller to store, for the question at `question` (index in `questions`). */
export interface ImportedImage {
  question: number;
  /** The reference as written after `@@PLUGINFILE@@`, e.g. `/folder/logo.png`. */
  reference: string;
  name: string;
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

export interface ImportResult {
  questions: MoodleQuestion[];
  categories: MoodleCategory[];
  skipped: SkippedQuestion[];
  warnings: ImportWarning[];
  images: ImportedImage[];
  /** Set when the file had more questions than the limit: how many were left unread. */
  capped: { limit: number; more: number } | null;
}
