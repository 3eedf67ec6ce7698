/**
 * Wraps text whose direction is unknown (a name, a title typed by a user, an
 * English course title on a Dari page) in Unicode first-strong isolate marks,
 * so it cannot reorder the sentence around it. For strings passed into
 * messages; in markup prefer `dir="auto"` or `<bdi>`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
