import { findModuleOwnership } from '@/db/queries/module-package';
import { saveImportedCaptions } from '@/lib/authoring/package-captions';
import { requirePermissionApi } from '@/lib/auth/guards';
import { importModulePackage } from '@/lib/commands/publish-module';
import { loadModulePackage } from '@/lib/content/load-package';
import { canEditModule } from '@/lib/domain/authoring-access';
import { can } from '@/lib/domain/permissions';
import { AppError, errorResponse } from '@/lib/errors';
import { MAX_PACKAGE_BYTES } from '@/lib/validation/packages';

const tooLarge = () => new AppError('too-large:package', 'The package is larger than 20 MB.');

/**
 * Imports a module package (multipart field `file`, a .zip of at most 20 MB).
 * Invalid packages answer 400 with every problem as file, line and message,
 * and nothing is written. A valid one is imported as content:import would:
 * a new module is owned by the importer; an existing one must be theirs to edit.
 */
export async function POST(request: Request) {
  try {
    const user = await requirePermissionApi('content:author');
    if (!can(user.role, 'content:publish')) throw new AppError('forbidden:publish', 'Your role does not allow publishing modules.');
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_PACKAGE_BYTES + 64 * 1024) throw tooLarge();
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid:package', 'Choose a module package (.zip) to import.');
    if (file.size > MAX_PACKAGE_BYTES) throw tooLarge();
    const loaded = loadModulePackage(new Uint8Array(await file.arrayBuffer()));
    if (!loaded.ok) return Response.json({ error: 'invalid:content', errors: loaded.errors }, { status: 400 });
    const existing = findModuleOwnership(loaded.module.meta.slug);
    if (existing && !canEditModule(user, existing)) {
      throw new AppError('forbidden:module', `A module with the slug ${loaded.module.meta.slug} exists and you cannot edit it.`);
    }
    const summary = importModulePackage(loaded.module, { actorId: user.id, now: new Date() });
    saveImportedCaptions(loaded.module);
    return Response.json(summary);
  } catch (error) {
    return errorResponse(error);
  }
}
