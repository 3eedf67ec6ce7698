import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadModule } from './load-module';
import type { ContentError, ContentModule } from './types';
import { DEFAULT_PACKAGE_LIMITS, unpackModuleZip, type PackageLimits } from './zip-package';

export type PackageLoadResult = { ok: true; module: ContentModule } | { ok: false; errors: ContentError[] };

/**
 * Validates a module package with the same loader as content/: the zip is
 * unpacked safely (see unpackModuleZip) into a temporary folder laid out as
 * content/, the module folder is loaded and checked (seed sources are not),
 * and the folder is removed again. Errors name files as they are in the zip
 * (`modules/<slug>/quiz.yaml`). The loaded module keeps its captions in
 * memory, so it can be imported after the folder is gone.
 */
export function loadModulePackage(bytes: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): PackageLoadResult {
  const unpacked = unpackModuleZip(bytes, limits);
  if (!unpacked.ok) return unpacked;
  const root = mkdtempSync(join(tmpdir(), 'cio-package-'));
  try {
    for (const [name, data] of unpacked.files) {
      const target = resolve(root, name);
      // unpackModuleZip already refused unsafe names; this is the last line of defence.
      if (!target.startsWith(resolve(root) + sep)) throw new Error(`refusing to write outside the package folder: ${name}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const loaded = loadModule(join(root, 'modules', unpacked.slug));
    if (loaded.ok) return { ok: true, module: { ...loaded.value, dir: `modules/${unpacked.slug}` } };
    const inPackage = (file: string) => relative(root, resolve(file)).split(sep).join('/');
    return { ok: false, errors: loaded.errors.map((error) => ({ ...error, file: inPackage(error.file) })) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
