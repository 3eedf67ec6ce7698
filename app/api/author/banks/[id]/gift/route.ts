import { bankAsGift } from '@/db/queries/bank-questions';
import { findBank } from '@/db/queries/question-banks';
import { authorizeApi } from '@/lib/auth/dal';
import { canManageBank } from '@/lib/domain/authoring-access';
import { keyBase } from '@/lib/domain/bank-questions';
import { toGift } from '@/lib/domain/gift';
import { AppError, errorResponse } from '@/lib/errors';
import { idSchema } from '@/lib/validation/banks';

type Params = { params: Promise<{ id: string }> };

/** A bank's questions as a Moodle GIFT file download. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const bankId = idSchema.safeParse((await params).id);
    if (!bankId.success) throw new AppError('invalid:bank', 'Malformed bank id.');
    const user = await authorizeApi('content:author');
    const bank = findBank(bankId.data);
    if (!bank) throw new AppError('not-found:bank', 'No question bank has this id.');
    if (!canManageBank(user, bank)) throw new AppError('forbidden:bank', 'This question bank belongs to someone else.');
    const gift = toGift(bankAsGift(bank.id, bank.name));
    return new Response(gift, {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="${keyBase(bank.name)}.gift"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
