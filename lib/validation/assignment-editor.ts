import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { submissionKinds, type RubricCriterion } from '@/lib/domain/assignments/rubric';
import { rubricSchema } from './assignment';

/**
 * The module editor's assignment form. Messages are catalogue keys under
 * `assignmentAuthoring.errors`. The rubric is written as YAML, the same
 * text as in a content file, and checked with the content schema; its
 * problems are reported with the rubric's own path (criterion, level, field).
 */
export const assignmentEditorSchema = z.object({
  key: z.string().max(80, 'key').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'key'),
  title: z.string().trim().min(1, 'title-required').max(200, 'title-long'),
  summary: z.string().trim().max(500, 'summary-long'),
  required: z.enum(['on', '']).transform((value) => value === 'on'),
  passMark: z.coerce.number({ error: 'pass-mark' }).int('pass-mark').min(0, 'pass-mark').max(100, 'pass-mark'),
  submission: z.enum(submissionKinds, { error: 'submission' }),
  sources: z
    .string()
    .transform((text) => text.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'sources')).max(20, 'sources')),
  brief: z.string().trim().min(1, 'brief-required').max(50_000, 'brief-long'),
  rubric: z.string().min(1, 'rubric-required'),
});

/** A rubric typed as YAML: the criteria, or the first problem with where it is ("line 4", "criterion 2, level 1: points"). */
export function parseRubricYaml(text: string): { ok: true; rubric: RubricCriterion[] } | { ok: false; where: string; problem: string } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, where: `line ${error.linePos?.[0]?.line ?? 1}`, problem: error.message.split('\n')[0] ?? '' };
    // The library throws a plain error for aliases it cannot resolve (`*bold*` read as an alias, an alias bomb): still the text's fault.
    if (error instanceof Error) return { ok: false, where: 'rubric', problem: error.message };
    throw error;
  }
  const parsed = rubricSchema.safeParse(data);
  if (parsed.success) return { ok: true, rubric: parsed.data };
  const issue = parsed.error.issues[0]!;
  // `levels` names the list when the issue is about the list itself, and is implied by "level n" otherwise.
  const where = issue.path
    .map((part, index) => {
      if (typeof part === 'number') return `${issue.path[index - 1] === 'levels' ? 'level' : 'criterion'} ${part + 1}`;
      return part === 'levels' && index < issue.path.length - 1 ? '' : String(part);
    })
    .filter(Boolean)
    .join(', ');
  return { ok: false, where: where || 'rubric', problem: issue.message };
}
