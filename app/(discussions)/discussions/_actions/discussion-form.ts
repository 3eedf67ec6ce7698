import 'server-only';
import type { z } from 'zod';
import { failed, type ActionState } from '@/lib/actions/action-state';
import { formAction, type FormActionContext } from '@/lib/actions/form-action';
import { RateLimitedError } from '@/lib/commands/discussion-post';
import { AppError } from '@/lib/errors';

type Body<S extends z.ZodType, D> = (
  input: z.output<S>,
  context: FormActionContext<'discussions:take-part'>,
) => ActionState<D> | Promise<ActionState<D>>;

/**
 * A discussion form action: formAction for anyone who may take part
 * (authorise, parse, run), with every refusal of the discussion commands
 * turned into its catalog key under `discussionErrors` (the part of the
 * AppError code after the colon, e.g. 'edit-window-closed'), and the rate
 * limit saying how many seconds to wait. What was typed is sent back.
 */
export function discussionForm<S extends z.ZodType, D = null>(schema: S, body: Body<S, D>) {
  return formAction('discussions:take-part', schema, async (input, context) => {
    try {
      return await body(input, context);
    } catch (error) {
      if (error instanceof RateLimitedError) return failed('rate-limited', { seconds: error.retryAfterSeconds }, context.values);
      if (error instanceof AppError && error.kind !== 'unavailable')
        return failed(error.code.slice(error.code.indexOf(':') + 1), undefined, context.values);
      throw error;
    }
  });
}
