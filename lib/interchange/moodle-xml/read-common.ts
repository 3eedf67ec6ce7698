import type { MoodleCategory, MoodleQuestionBase, MoodleText } from './types';
import {
  attr,
  child,
  children,
  emptyText,
  has,
  numberValue,
  ownText,
  readFormat,
  readText,
  textOf,
  value,
  flag,
  type XmlNode,
} from './xml-node';

/** Reports something the importer changed or left out. */
export type Warn = (message: string) => void;

/**
 * Files from before Moodle 2.0 carry one image in `<image>` and
 * `<image_base64>`; Moodle appends it to the question text, and so do we.
 */
function withLegacyImage(question: XmlNode, text: MoodleText): MoodleText {
  const data = value(question, 'image_base64');
  const file = value(question, 'image');
  if (data === '' || file === '') return text;
  const name = file.replaceAll('/', '_');
  return {
    ...text,
    text: `${text.text} <img src="@@PLUGINFILE@@/${encodeURIComponent(name)}" />`,
    files: [...text.files, { name, path: '/', base64: data.replace(/\s+/g, '') }],
  };
}

/** The fields every question has (Moodle's import_headers). */
export function readHeader(question: XmlNode, category: string | null, warn: Warn): MoodleQuestionBase {
  const textNode = child(question, 'questiontext');
  const declared = readFormat(attr(textNode, 'format'), 'html');
  if (!declared.known) warn(`unknown text format "${attr(textNode, 'format')}"; read as html`);
  const questionText = withLegacyImage(question, readText(textNode, 'html'));
  const penalty = numberValue(question, 'penalty', 0.3333333);
  return {
    name: textOf(child(question, 'name')),
    questionText,
    generalFeedback: readText(child(question, 'generalfeedback'), questionText.format),
    defaultMark: numberValue(question, 'defaultgrade', 1),
    // Old files rounded a third to fewer digits; Moodle restores it the same way.
    penalty: Math.abs(penalty - 0.3333333) < 0.005 ? 0.3333333 : penalty,
    hidden: flag(value(question, 'hidden', '0')),
    idNumber: value(question, 'idnumber'),
    tags: children(child(question, 'tags'), 'tag').map(textOf),
    hints: children(question, 'hint').map((hint) => ({
      text: readText(hint, questionText.format),
      showNumCorrect: has(hint, 'shownumcorrect'),
      clearWrong: has(hint, 'clearwrong'),
    })),
    category,
  };
}

/** Reads a `<question type="category">`; older files put the path straight inside `<category>`. */
export function readCategory(question: XmlNode): MoodleCategory {
  const node = child(question, 'category');
  const path = has(node, 'text') ? textOf(node) : ownText(node).trim();
  const info = child(question, 'info');
  return {
    path,
    info: info === undefined ? emptyText('moodle_auto_format') : readText(info, 'moodle_auto_format'),
    idNumber: value(question, 'idnumber'),
  };
}
