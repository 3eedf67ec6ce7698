import { bankAsGift } from '@/db/queries/bank-questions';
import { requireManagedBankApi, requirePermissionApi } from '@/lib/auth/guards';
import { readQuestionImage } from '@/lib/authoring/question-images';
import { keyBase } from '@/lib/domain/bank-questions';
import { errorResponse } from '@/lib/errors';
import { bankToMoodleXml } from '@/lib/interchange/moodle-xml';

type Params = { params: Promise<{ id: string }> };

/** A bank's questions as a Moodle XML file download, embedded images included (a GET with no body: nothing to cap or check for origin). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('content:author');
    const bank = requireManagedBankApi(user, (await params).id);
    const questions = bankAsGift(bank.id, bank.name).map((q) => ({ ...q, title: q.title ?? '' }));
    return new Response(bankToMoodleXml(questions, bank.name, readQuestionImage), {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${keyBase(bank.name)}.xml"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
