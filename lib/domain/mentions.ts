/**
 * `@` mentions of cohort members in discussion posts. Two ways to write one:
 *
 * - `@[Full Name]`: any member by their full name as shown in the app, spaces
 *   and any script included (`@[Ahmad Wali Sultani]`, `@[احمد ولی سلطانی]`);
 * - `@Name`: one word, matched against each member's first name and against
 *   the full name written without spaces (`@Ahmad`, `@AhmadWaliSultani`,
 *   `@احمد`). It counts only when exactly one member matches, so a common
 *   first name shared by two members mentions nobody (use the bracket form).
 *
 * Matching ignores case, Unicode normalisation differences and the Arabic
 * versus Persian forms of yeh and kaf (ي/ی, ك/ک), which keyboards mix. An `@`
 * right after a letter or digit (an email address) is not a mention.
 */

export interface MentionCandidate {
  id: number;
  name: string;
}

/** A mention found in a text: where it is (UTF-16 offsets, end exclusive) and whom it names. */
export interface MentionMatch {
  start: number;
  end: number;
  userId: number;
  name: string;
}

const WORD = "[\\p{L}\\p{M}\\p{N}_\\u200c'’-]";
const MENTION = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])@(?:\\[([^\\]\\n]{1,120})\\]|(${WORD}+))`, 'gu');

/** A name folded for comparison: NFC, lower case, Persian letter forms, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Index {
  full: Map<string, MentionCandidate[]>;
  word: Map<string, MentionCandidate[]>;
}

function add(map: Map<string, MentionCandidate[]>, key: string, member: MentionCandidate): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((m) => m.id === member.id)) list.push(member);
  map.set(key, list);
}

function indexMembers(members: readonly MentionCandidate[]): Index {
  const index: Index = { full: new Map(), word: new Map() };
  for (const member of members) {
    const folded = foldName(member.name);
    add(index.full, folded, member);
    add(index.word, folded.split(' ')[0] ?? '', member);
    add(index.word, folded.replace(/ /g, ''), member);
  }
  return index;
}

/** The one member a key names, or null when none or several do. */
function only(list: MentionCandidate[] | undefined): MentionCandidate | null {
  return list?.length === 1 ? (list[0] ?? null) : null;
}

/** Every mention of a member in `text`, in order. Unknown or ambiguous names are left as plain text. */
export function findMentions(text: string, members: readonly MentionCandidate[]): MentionMatch[] {
  if (!text.includes('@') || members.length === 0) return [];
  const index = indexMembers(members);
  const found: MentionMatch[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, bracketed, word] = match;
    // A word mention does not take trailing punctuation that ends a sentence ("@Dana-").
    const trimmedWord = word?.replace(/['’-]+$/u, '');
    const member = bracketed !== undefined ? only(index.full.get(foldName(bracketed))) : only(index.word.get(foldName(trimmedWord ?? '')));
    if (!member) continue;
    const length = bracketed !== undefined ? whole.length : 1 + (trimmedWord?.length ?? 0);
    found.push({ start: match.index, end: match.index + length, userId: member.id, name: member.name });
  }
  return found;
}

/** The distinct ids of the members `text` mentions. */
export function mentionedIds(text: string, members: readonly MentionCandidate[]): number[] {
  return [...new Set(findMentions(text, members).map((m) => m.userId))];
}
