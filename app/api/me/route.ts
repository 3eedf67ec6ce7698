import { currentUser } from '@/lib/auth/dal';
import { errorResponse, AppError } from '@/lib/errors';

/** The signed-in user's own account summary (never a password hash). */
export async function GET() {
  try {
    const user = await currentUser();
    if (!user) throw new AppError('unauthenticated:session', 'Sign in to continue.');
    return Response.json({ id: user.id, name: user.name, email: user.email, role: user.role, preferredLanguage: user.preferredLanguage });
  } catch (error) {
    return errorResponse(error);
  }
}
