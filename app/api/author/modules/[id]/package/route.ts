import { readModulePackage } from '@/db/queries/module-package';
import { findAuthoringModule } from '@/db/queries/quiz-from-bank';
import { moduleCaptionsReader } from '@/lib/authoring/package-captions';
import { authorizeApi } from '@/lib/auth/dal';
import { modulePackageFiles } from '@/lib/content/module-package';
import { packZip } from '@/lib/content/zip-package';
import { canEditModule } from '@/lib/domain/authoring-access';
import { AppError, errorResponse } from '@/lib/errors';
import { idSchema } from '@/lib/validation/banks';

type Params = { params: Promise<{ id: string }> };

/** The module's current draft as a .zip of content-format files (owners, co-owners and admins). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const moduleId = idSchema.safeParse((await params).id);
    if (!moduleId.success) throw new AppError('invalid:module', 'Malformed module id.');
    const user = await authorizeApi('content:author');
    const mod = findAuthoringModule(moduleId.data);
    if (!mod) throw new AppError('not-found:module', 'No module has this id.');
    if (!canEditModule(user, mod)) throw new AppError('forbidden:module', 'Only the module owners and administrators can export it.');
    const pkg = readModulePackage(mod.id, moduleCaptionsReader(mod.slug));
    if (!pkg) throw new AppError('not-found:module', 'No module has this id.');
    return new Response(new Uint8Array(packZip(modulePackageFiles(pkg))), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${mod.slug}.zip"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
