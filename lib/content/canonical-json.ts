import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so equal content always gives
 * the same text (and hash) whatever order its properties were built in.
 * `undefined` properties are left out, as JSON.stringify does; anything that
 * is not plain JSON data (dates, functions, class instances) is refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .sort()
      .flatMap((key) => (record[key] === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(record[key])}`]));
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
}

/** Hex SHA-256 of a UTF-8 string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
