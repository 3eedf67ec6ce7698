import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeUpload } from './store-upload';

const uploads = mkdtempSync(join(tmpdir(), 'cio-uploads-'));
process.env.UPLOADS_DIR = uploads;
afterAll(() => rmSync(uploads, { recursive: true, force: true }));

/** A request body arriving in chunks, as a slow upload would. */
function body(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      controller.close();
    },
  });
}

const target = (fileName: string, maxBytes = 1024 * 1024) => ({
  moduleSlug: 'open-data',
  lessonKey: '01-intro',
  kind: 'attachment' as const,
  fileName,
  maxBytes,
});
const filesOnDisk = () => readdirSync(join(uploads, 'modules', 'open-data', 'files'), { recursive: true });

describe('storeUpload', () => {
  it('writes a file that arrives in many chunks under files/, whole', async () => {
    const parts = ['%PDF-1.4\n', 'x'.repeat(10_000), 'y'.repeat(10_000), '\n%%EOF\n'];
    const stored = await storeUpload(body(...parts), target('Reading list.pdf'));
    if ('code' in stored) throw new Error(stored.code);
    expect(stored.path).toMatch(/^files\/01-intro-[0-9a-f]{8}-Reading-list\.pdf$/);
    expect(stored.size).toBe(parts.join('').length);
    expect(readFileSync(join(uploads, 'modules', 'open-data', stored.path), 'utf8')).toBe(parts.join(''));
  });

  it('refuses a program renamed .pdf before writing anything', async () => {
    const before = filesOnDisk().length;
    const refused = await storeUpload(body('MZ', new Uint8Array(600)), target('report.pdf'));
    expect(refused).toMatchObject({ code: 'executable', values: { detected: 'windows-executable' } });
    expect(filesOnDisk()).toHaveLength(before);
  });

  it('stops a body that grows past the limit and leaves no partial file', async () => {
    const before = filesOnDisk().length;
    const refused = await storeUpload(body('name,country\n', 'a,b\n'.repeat(5_000), 'a,b\n'.repeat(5_000)), target('data.csv', 30_000));
    expect(refused).toMatchObject({ code: 'too-large', values: { name: 'data.csv' } });
    expect(filesOnDisk()).toHaveLength(before);
  });
});
