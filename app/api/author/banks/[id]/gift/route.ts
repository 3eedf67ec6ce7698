import { bankAsGift } from '@/db/queries/bank-questions';
import { requireManagedBankApi, requirePermissionApi } from '@/lib/auth/guards';
import { keyBase } from '@/lib/domain/bank-questions';
import { toGift } from '@/lib/domain/gift';
import { errorResponse } from '@/lib/errors';

type Params = { params: Promise<{ id: string }> };

/** A bank's questions as a Moodle GIFT file download. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('content:author');
    const bank = requireManagedBankApi(user, (await params).id);
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
