import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MoodleXmlError } from './errors';
import { collectImages } from './files';
import { readCategory } from './read-common';
import { QuestionReadError, readQuestion } from './read-question';
import type { ImportResult, SkippedQuestion } from './types';
import { attr, child, children, textOf, type XmlNode } from './xml-node';

/** The largest Moodle XML file we read: embedded images make real exports a few MB at most. */
export const MAX_MOODLE_XML_BYTES = 10 * 1024 * 1024;
/** How many questions one import reads; the rest are counted and reported, not read. */
export const MAX_MOODLE_QUESTIONS = 1000;

export interface MoodleXmlOptions {
  maxBytes?: number;
  maxQuestions?: number;
  /** Largest embedded image imported (the attachment upload limit unless given). */
  maxImageBytes?: number;
}

/** Moodle types we recognise but cannot represent; anything else gets a generic reason. */
const unsupported: Record<string, string> = {
  cloze: 'embedded-answer (cloze) questions are not supported',
  multianswer: 'embedded-answer (cloze) questions are not supported',
  calculated: 'calculated questions are not supported',
  calculatedsimple: 'calculated questions are not supported',
  calculatedmulti: 'calculated multiple-choice questions are not supported',
  randomsamatch: 'random short-answer matching questions are not supported',
  ddwtos: 'drag-and-drop into text questions are not supported',
  gapselect: 'select-missing-words questions are not supported',
  ddimageortext: 'drag-and-drop onto image questions are not supported',
  ddmarker: 'drag-and-drop marker questions are not supported',
};

const MB = 1024 * 1024;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Refuses what must never reach the parser: files over the size limit and any
 * DOCTYPE or ENTITY declaration (the "billion laughs" entity bomb and external
 * entities need one; Moodle never writes one). Then checks well-formedness so
 * a broken file gets one error with its line.
 */
function guard(xml: string, maxBytes: number): void {
  const bytes = xml.length > maxBytes ? xml.length : Buffer.byteLength(xml, 'utf8');
  if (bytes > maxBytes) {
    const size = Math.ceil((bytes / MB) * 10) / 10;
    const limit = Math.round((maxBytes / MB) * 10) / 10;
    throw new MoodleXmlError('too-large', `the file is ${size} MB; the limit is ${limit} MB`, { size, limit });
  }
  // Declarations inside CDATA or comments are only text, so they are looked for outside them.
  if (/<!(DOCTYPE|ENTITY)/i.test(xml.replace(CDATA, '').replace(COMMENT, ''))) {
    throw new MoodleXmlError('doctype', 'the file declares a DOCTYPE or entities, which Moodle XML never does; it was not read');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new MoodleXmlError('malformed', `the XML is not well-formed (line ${line}): ${msg}`, { line, detail: msg }, line);
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Markdown texts keep their line breaks; each field is trimmed where it is read, as Moodle does.
  trimValues: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxExpansionDepth: 1 },
});

function quizElement(xml: string): XmlNode {
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (error) {
    // The validator passed, so this is a parser limit such as nesting depth.
    const detail = error instanceof Error ? error.message : String(error);
    throw new MoodleXmlError('malformed', `the XML could not be read: ${detail}`, { line: 0, detail });
  }
  const quiz = child(root, 'quiz');
  if (quiz === undefined) throw new MoodleXmlError('not-quiz', 'this is not a Moodle XML question file: it has no <quiz> element');
  return quiz;
}

/**
 * Reads a Moodle XML question file. Throws MoodleXmlError when the file as a
 * whole cannot be read; single questions that cannot be imported are listed
 * in `skipped` with the reason, never guessed at.
 */
export function parseMoodleXml(xml: string, options: MoodleXmlOptions = {}): ImportResult {
  const maxQuestions = options.maxQuestions ?? MAX_MOODLE_QUESTIONS;
  guard(xml, options.maxBytes ?? MAX_MOODLE_XML_BYTES);
  const result: ImportResult = { questions: [], categories: [], skipped: [], warnings: [], images: [], capped: null };
  let category: string | null = null;
  let read = 0;
  let more = 0;
  children(quizElement(xml), 'question').forEach((node, index) => {
    const type = (attr(node, 'type') ?? '').trim();
    if (type === 'category') {
      const found = readCategory(node);
      category = found.path;
      result.categories.push(found);
      return;
    }
    if (read >= maxQuestions) {
      more += 1;
      return;
    }
    read += 1;
    const name = textOf(child(node, 'name'));
    const skip = (code: SkippedQuestion['code'], reason: string) => result.skipped.push({ position: index + 1, name, type, code, reason });
    const messages: string[] = [];
    try {
      const question = readQuestion(node, type, category, (message) => messages.push(message));
      if (question === null) {
        skip('unsupported-type', unsupported[type] ?? `the question type "${type}" is not supported`);
        return;
      }
      const images = collectImages(question, result.questions.length, options.maxImageBytes);
      result.questions.push(question);
      result.images.push(...images.images);
      messages.push(...images.warnings);
      result.warnings.push(...messages.map((message) => ({ question: name, message })));
    } catch (error) {
      if (!(error instanceof QuestionReadError)) throw error;
      skip('invalid', error.message);
    }
  });
  if (more > 0) result.capped = { limit: maxQuestions, more };
  return result;
}
