import { z } from 'zod';
import { requirePermissionApi } from '@/lib/auth/guards';
import { errorResponse } from '@/lib/errors';
import { invalidInput, readJson } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { renderMarkdown } from '@/lib/markdown/render';
import { BODY_MAX } from '@/lib/validation/authoring';

const previewSchema = z.object({ markdown: z.string().max(BODY_MAX) });

/**
 * The lesson editor's live preview: Markdown rendered by the very renderer
 * that publishing uses, so authors see exactly what trainees will see.
 */
export async function POST(request: Request) {
  try {
    await requirePermissionApi('content:author');
    requireSameOrigin(request);
    const input = previewSchema.safeParse(await readJson(request, BODY_MAX * 4 + 1024));
    if (!input.success) throw invalidInput(input.error.issues);
    const tooDeep = markdownNestingIssue(input.data.markdown);
    if (tooDeep) {
      return Response.json(
        { error: 'invalid:markdown-too-deep', message: `The text nests too deeply from line ${tooDeep.line}.`, line: tooDeep.line },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      );
    }
    return Response.json({ html: renderMarkdown(input.data.markdown) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
