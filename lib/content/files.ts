import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** How a file is named in error messages: relative to the working directory (the repo root). */
export function displayPath(absolute: string): string {
  return relative(process.cwd(), absolute) || absolute;
}

/** Reads a UTF-8 text file with line endings normalised to `\n`. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Names of entries in `dir` matching `keep`, sorted so results never depend on the file system's order. */
export function listNames(dir: string, keep: (name: string, path: string) => boolean): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && keep(name, join(dir, name)))
    .sort();
}

/** Counts the lines before `index` in `text` (0 when `index` is at the start of line 1). */
export function linesBefore(text: string, index: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
