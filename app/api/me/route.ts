import { requireUserApi } from '@/lib/auth/guards';
import { errorResponse } from '@/lib/errors';

/** The signed-in user's own account summary (never a password hash). */
export async function GET() {
  try {
    const user = await requireUserApi();
    return Response.json({ id: user.id, name: user.name, email: user.email, role: user.role, preferredLanguage: user.preferredLanguage });
  } catch (error) {
    return errorResponse(error);
  }
}
