import { readModulePackage } from '@/db/queries/module-package';
import { moduleCaptionsReader } from '@/lib/authoring/package-captions';
import { requireEditableModuleApi, requirePermissionApi } from '@/lib/auth/guards';
import { modulePackageFiles } from '@/lib/content/module-package';
import { packZip } from '@/lib/content/zip-package';
import { AppError, errorResponse } from '@/lib/errors';

type Params = { params: Promise<{ id: string }> };

/** The module's current draft as a .zip of content-format files (owners, co-owners and admins). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('content:author');
    const mod = requireEditableModuleApi(user, (await params).id);
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
