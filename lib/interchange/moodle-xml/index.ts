/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): reading question
 * banks exported from Moodle, writing ours back, and mapping between Moodle's
 * question data and our quiz questions.
 */
export { MoodleXmlError, type MoodleXmlErrorCode } from './errors';
export { bankToMoodleXml, readMoodleForBank, type MoodleBankImport, type MoodlePreviewRow } from './bank';
export { embedStoredImages, withStoredImages } from './bank-images';
export { categorySegments } from './categories';
export { collectImages, PLUGINFILE, resolvePluginFiles } from './files';
export { fromQuizQuestion } from './from-content';
export { MAX_MOODLE_QUESTIONS, MAX_MOODLE_XML_BYTES, parseMoodleXml, type MoodleXmlOptions } from './parse';
export { toMoodleXml, writeQuestion } from './serialise';
export { fromMarkdown, toMarkdown } from './text-format';
export { toQuizQuestion, type ContentMapping } from './to-content';
export type * from './types';
