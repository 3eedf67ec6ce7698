/** One caption cue; times are in seconds from the start of the media. */
export interface VttCue {
  start: number;
  end: number;
  text: string;
}

/** A problem in a WebVTT file, on a 1-based line. */
export interface VttError {
  line: number;
  message: string;
}

export type VttResult = { cues: VttCue[] } | { errors: VttError[] };

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;

/** Seconds for a WebVTT timestamp (`hh:mm:ss.mmm` or `mm:ss.mmm`), or null when malformed. */
export function parseVttTimestamp(value: string): number | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', millis = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

interface Block {
  /** 1-based number of the block's first line. */
  line: number;
  lines: string[];
}

/** Splits the text into blocks separated by one or more blank lines. */
function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(text);
  });
  return blocks;
}

function isIgnoredBlock(first: string): boolean {
  return /^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first);
}

/** Parses one cue block, pushing any problems to `errors`. */
function parseCue(block: Block, errors: VttError[]): { cue: VttCue; line: number } | null {
  const hasId = !(block.lines[0] ?? '').includes('-->');
  const timingIndex = hasId ? 1 : 0;
  const timingLine = block.lines[timingIndex];
  const line = block.line + timingIndex;
  if (timingLine === undefined || !timingLine.includes('-->')) {
    // Without an arrow we cannot tell an identifier from a broken timing line: point at the block.
    errors.push({ line: block.line, message: 'expected a cue timing line "hh:mm:ss.mmm --> hh:mm:ss.mmm"' });
    return null;
  }
  const timing = TIMING.exec(timingLine.trim());
  const start = timing ? parseVttTimestamp(timing[1] ?? '') : null;
  const end = timing ? parseVttTimestamp(timing[2] ?? '') : null;
  if (start === null || end === null) {
    errors.push({ line, message: `malformed cue timing "${timingLine.trim()}"` });
    return null;
  }
  if (end <= start) {
    errors.push({ line, message: 'cue end time must be after its start time' });
    return null;
  }
  const text = block.lines
    .slice(timingIndex + 1)
    .map((part) => part.trim())
    .join('\n');
  if (text === '') {
    errors.push({ line, message: 'cue has no text' });
    return null;
  }
  return { cue: { start, end, text }, line };
}

/**
 * Parses and validates WebVTT captions: the `WEBVTT` header, cue timings
 * (end after start, starts never going backwards), non-empty cue text and
 * optional cue identifiers. NOTE, STYLE and REGION blocks are skipped.
 * Returns every problem found, not just the first.
 */
export function parseVtt(text: string): VttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: VttError[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { errors: [{ line: 1, message: 'the file must start with "WEBVTT"' }] };
  }
  const [header, ...blocks] = splitBlocks(lines);
  const headerCue = header?.lines.findIndex((line) => line.includes('-->')) ?? -1;
  if (header && headerCue >= 0) {
    errors.push({ line: header.line + headerCue, message: 'a blank line must separate the header from the first cue' });
  }
  const cues: VttCue[] = [];
  for (const block of blocks) {
    if (isIgnoredBlock(block.lines[0] ?? '')) continue;
    const parsed = parseCue(block, errors);
    if (!parsed) continue;
    const previous = cues.at(-1);
    if (previous && parsed.cue.start < previous.start) {
      errors.push({ line: parsed.line, message: 'cue starts before the previous cue' });
      continue;
    }
    cues.push(parsed.cue);
  }
  if (errors.length > 0) return { errors };
  if (cues.length === 0) return { errors: [{ line: 1, message: 'the file has no cues' }] };
  return { cues };
}
