/**
 * Checks an uploaded captions file for a lesson translation
 * (`lecture.<locale>.vtt` in the content format) by the same rules as every
 * captions upload: a `.vtt` name, the captions size limit, content that is
 * WebVTT (not a renamed program), UTF-8, and cues that parse. The text is
 * kept with the translation and published with it.
 */
import { checkUploadContent, checkUploadStart, SNIFF_BYTES, type UploadLimits, type UploadRefusal } from '@/lib/domain/upload-rules';
import { parseVtt } from './vtt';

export type CaptionsCheck =
  | { ok: true; vtt: string }
  | { ok: false; refusal: UploadRefusal }
  | { ok: false; invalid: { name: string; line: number; detail: string } };

/** The captions text of an uploaded file, or why it is refused (a catalogue key under `authoring.uploadErrors`). */
export function checkTranslatedCaptions(name: string, bytes: Uint8Array, limits: UploadLimits): CaptionsCheck {
  const early = checkUploadStart('captions', name, bytes.byteLength, limits);
  if (early) return { ok: false, refusal: early };
  const content = checkUploadContent(name, bytes.subarray(0, SNIFF_BYTES));
  if (content) return { ok: false, refusal: content };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, invalid: { name, line: 1, detail: 'not UTF-8 text' } };
  }
  const parsed = parseVtt(text);
  if ('errors' in parsed) {
    const first = parsed.errors[0];
    return { ok: false, invalid: { name, line: first?.line ?? 1, detail: first?.message ?? '' } };
  }
  return { ok: true, vtt: text.replace(/^\uFEFF/, '') };
}
