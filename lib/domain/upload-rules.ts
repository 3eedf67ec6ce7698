/**
 * What may be uploaded to a lesson, judged by name, size AND content: the
 * first bytes of a file must match what its extension promises, so a program
 * renamed `.pdf` is refused with a message that says what it really is.
 * Pure: the route handler streams the body and asks these rules.
 */
export const uploadKinds = ['video', 'captions', 'attachment'] as const;
export type UploadKind = (typeof uploadKinds)[number];

export const extensionsByKind: Record<UploadKind, readonly string[]> = {
  video: ['mp4', 'webm'],
  captions: ['vtt'],
  attachment: ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg', 'csv', 'txt'],
};

const MB = 1024 * 1024;

/** Largest accepted file per kind, in bytes. The video limit is configurable (MAX_VIDEO_UPLOAD_MB). */
export interface UploadLimits {
  video: number;
  captions: number;
  attachment: number;
}

export const defaultUploadLimits: UploadLimits = { video: 500 * MB, captions: 1 * MB, attachment: 20 * MB };

/** How many leading bytes {@link sniffType} wants to see (fewer is fine for short files). */
export const SNIFF_BYTES = 8192;

/** What a file's first bytes say it is. */
export type SniffedType =
  | 'mp4'
  | 'webm'
  | 'pdf'
  | 'zip'
  | 'png'
  | 'jpeg'
  | 'vtt'
  | 'text'
  | 'windows-executable'
  | 'linux-executable'
  | 'mac-executable'
  | 'script'
  | 'unknown';

/** Why an upload is refused; `code` names a catalog message and `values` fill it in. */
export interface UploadRefusal {
  code: 'name' | 'extension' | 'empty' | 'too-large' | 'executable' | 'content-mismatch';
  values: Record<string, string | number>;
}

/** What each extension's content must look like. */
const expectedType: Record<string, SniffedType[]> = {
  mp4: ['mp4'],
  webm: ['webm'],
  vtt: ['vtt'],
  pdf: ['pdf'],
  docx: ['zip'],
  pptx: ['zip'],
  xlsx: ['zip'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  csv: ['text', 'vtt'],
  txt: ['text', 'vtt'],
};

const executables = new Set<SniffedType>(['windows-executable', 'linux-executable', 'mac-executable', 'script']);

/** The lowercase extension of a file name, without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return match ? (match[1] ?? '').toLowerCase() : '';
}

/**
 * Checks what is known before any byte arrives: a usable name, an extension
 * allowed for the kind, and the declared size (null when not declared).
 */
export function checkUploadStart(kind: UploadKind, fileName: string, size: number | null, limits: UploadLimits): UploadRefusal | null {
  const name = fileName.trim();
  if (name === '' || name.length > 200 || /[\\/\u0000-\u001f]/.test(name)) return { code: 'name', values: {} };
  const extension = extensionOf(name);
  const allowed = extensionsByKind[kind];
  if (!allowed.includes(extension)) return { code: 'extension', values: { name, allowed: allowed.map((e) => `.${e}`).join(', ') } };
  if (size === 0) return { code: 'empty', values: { name } };
  if (size !== null && size > limits[kind]) return tooLarge(name, limits[kind]);
  return null;
}

/** The refusal for a file larger than `limit` bytes. */
export function tooLarge(name: string, limit: number): UploadRefusal {
  return { code: 'too-large', values: { name, limitMb: Math.round((limit / MB) * 10) / 10 } };
}

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

function isText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // `stream: true` lets a multi-byte character cut off at the end of the head pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Recognises a file by its first bytes (magic numbers), executables first. */
export function sniffType(head: Uint8Array): SniffedType {
  if (startsWith(head, ascii('MZ'))) return 'windows-executable';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'linux-executable';
  const machO = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ];
  if (machO.some((magic) => startsWith(head, magic))) return 'mac-executable';
  if (startsWith(head, ascii('#!'))) return 'script';
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, ascii('ftyp'), 4)) return 'mp4';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (!isText(head)) return 'unknown';
  const withoutBom = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  return /^WEBVTT(?:[ \t\r\n]|$)/.test(new TextDecoder().decode(withoutBom.subarray(0, 16))) ? 'vtt' : 'text';
}

/** Checks a file's first bytes against its extension. */
export function checkUploadContent(fileName: string, head: Uint8Array): UploadRefusal | null {
  const extension = extensionOf(fileName);
  const detected = sniffType(head);
  if (head.length === 0) return { code: 'empty', values: { name: fileName } };
  if (executables.has(detected)) return { code: 'executable', values: { name: fileName, extension, detected } };
  if (!(expectedType[extension] ?? []).includes(detected))
    return { code: 'content-mismatch', values: { name: fileName, extension, detected } };
  return null;
}

/** A file name safe on every disk and in a URL: ASCII letters, digits, dot, dash and underscore. */
export function safeFileName(fileName: string): string {
  const extension = extensionOf(fileName);
  const stem = fileName
    .trim()
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'file'}.${extension}`;
}

/**
 * Where an upload is stored, relative to the module's folder: lectures under
 * `lectures/`, attachments under `files/`. A random part keeps every upload
 * distinct, so a published version never sees its files replaced.
 */
export function storedPath(kind: UploadKind, lessonKey: string, fileName: string, random: string): string {
  const folder = kind === 'attachment' ? 'files' : 'lectures';
  return `${folder}/${lessonKey}-${random}-${safeFileName(fileName)}`;
}

/**
 * Whether `path` is a module file path a lesson may name: under `lectures/`
 * or `files/` (what `storedPath` makes, or what content files name), and
 * never climbing out of the module folder.
 */
export function isModuleFilePath(path: string): boolean {
  return (
    /^(?:lectures|files)\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(path) &&
    !path.split('/').some((part) => part === '.' || part === '..')
  );
}
