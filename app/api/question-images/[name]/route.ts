import { findQuestionImage } from '@/lib/authoring/question-images';
import { requireUserApi } from '@/lib/auth/guards';
import { AppError, errorResponse } from '@/lib/errors';
import { fileResponse } from '@/lib/file-response';

type Params = { params: Promise<{ name: string }> };

/**
 * An image embedded in a question (imported from Moodle XML), for any
 * signed-in user: quizzes, reviews and the authoring pages show it. The name
 * is content-addressed, so the file never changes and may be cached long.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    await requireUserApi();
    const { name } = await params;
    const file = findQuestionImage(name);
    if (!file) throw new AppError('not-found:file', 'No such image.');
    const response = fileResponse(request, file, name, 'private, max-age=31536000, immutable');
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
