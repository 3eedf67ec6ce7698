import { findModuleOwnership } from '@/db/queries/module-package';
import { saveImportedCaptions } from '@/lib/authoring/package-captions';
import { requirePermissionApi } from '@/lib/auth/guards';
import { importModulePackage } from '@/lib/commands/publish-module';
import { loadModulePackage } from '@/lib/content/load-package';
import { canEditModule } from '@/lib/domain/authoring-access';
import { AppError, errorResponse } from '@/lib/errors';
import { readFormBody } from '@/lib/http/body';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { MAX_PACKAGE_BYTES } from '@/lib/validation/packages';

/** Room for the multipart boundaries and headers around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Imports a module package (multipart field `file`, a .zip of at most 20 MB)
 * into the module's draft. Invalid packages answer 400 with every problem as
 * file, line and message, and nothing is written. A new module is owned by
 * the importer; an existing one must be theirs to edit. Nothing is
 * published: the author publishes the draft from the module's publish page.
 */
export async function POST(request: Request) {
  try {
    const user = await requirePermissionApi('content:author');
    requireSameOrigin(request);
    const form = await readFormBody(request, MAX_PACKAGE_BYTES + FORM_OVERHEAD).catch((error: unknown) => {
      if (error instanceof AppError && error.kind === 'too-large')
        throw new AppError('too-large:package', 'The package is larger than 20 MB.');
      throw error;
    });
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid:package', 'Choose a module package (.zip) to import.');
    if (file.size > MAX_PACKAGE_BYTES) throw new AppError('too-large:package', 'The package is larger than 20 MB.');
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
