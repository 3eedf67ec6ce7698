/** Why a whole Moodle XML file was refused; `code` names a catalogue message and `values` fill it in. */
export type MoodleXmlErrorCode = 'too-large' | 'doctype' | 'malformed' | 'not-quiz';

/** A file that cannot be imported at all (as opposed to single questions, which are skipped). */
export class MoodleXmlError extends Error {
  constructor(
    readonly code: MoodleXmlErrorCode,
    message: string,
    readonly values: Record<string, string | number> = {},
    /** The 1-based line of a syntax error, when the parser knows it. */
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'MoodleXmlError';
  }
}
