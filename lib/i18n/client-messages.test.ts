import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alwaysPresentNamespaces } from './client-namespaces';
import { loadMessages } from './messages';

/*
 * A client component gets its strings only from a <ClientMessages namespaces={[…]}>
 * in a server component above it (the root layout hands out just
 * `alwaysPresentNamespaces`). A namespace nobody provides shows raw keys in the
 * browser, on one page only, in any language: easy to miss by hand. This reads
 * the source: it follows imports from every route file (page, layout, …) and
 * checks that each namespace a client file passes to useTranslations is
 * provided by a ClientMessages in a server file on the way. It works per file,
 * not per JSX subtree: a server file's ClientMessages counts for every client
 * component that file imports, so keep one ClientMessages per page where you can.
 */

const root = resolve(__dirname, '../..');
const sourceDirs = ['app', 'components', 'lib'];
const routeFiles = /^(page|layout|template|default|loading|error|not-found|forbidden|unauthorized|global-error)\.tsx$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceDirs.flatMap((dir) => walk(join(root, dir)));
const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  const candidate = [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.tsx'), join(base, 'index.ts')].find((path) => sources.has(path));
  return candidate ?? null;
}

function importsOf(file: string): string[] {
  const text = sources.get(file) ?? '';
  // Static imports and re-exports; type-only imports bring no code.
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path): path is string => path !== null);
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(sources.get(file) ?? '');
const usedNamespaces = (file: string) => [...(sources.get(file) ?? '').matchAll(/useTranslations\(\s*(?:'([^'.]*)|(\)))/g)].map((match) => match[1] ?? '(whole catalogue)');
const providedNamespaces = (file: string) =>
  [...(sources.get(file) ?? '').matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((name) => name[1] ?? ''));

/** Namespaces a file needs once it runs in the browser: its own and those of everything it imports. */
function clientNeeds(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const needs = new Set(usedNamespaces(file));
  for (const child of importsOf(file)) for (const name of clientNeeds(child, seen)) needs.add(name);
  return needs;
}

/** Per client namespace a server file leaves unprovided, the client file that needs it. */
function missing(file: string, seen = new Set<string>()): Map<string, string> {
  if (seen.has(file)) return new Map();
  seen.add(file);
  const gaps = new Map<string, string>();
  for (const child of importsOf(file)) {
    if (isClient(child)) for (const name of clientNeeds(child)) gaps.set(name, relative(root, child));
    else for (const [name, where] of missing(child, seen)) gaps.set(name, where);
  }
  for (const name of providedNamespaces(file)) gaps.delete(name);
  return gaps;
}

describe('client components get their message namespaces', () => {
  const always = new Set<string>(alwaysPresentNamespaces);
  const routes = files.filter((file) => file.startsWith(join(root, 'app')) && routeFiles.test(file.split('/').pop() ?? ''));

  it('finds the route files and client components it checks', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(files.filter(isClient).length).toBeGreaterThan(40);
  });

  it('provides every namespace a client component uses, through a ClientMessages on the way from each route', () => {
    const unprovided = routes.flatMap((route) => {
      const gaps = isClient(route) ? new Map([...clientNeeds(route)].map((name) => [name, relative(root, route)])) : missing(route);
      return [...gaps].filter(([name]) => !always.has(name)).map(([name, where]) => `${relative(root, route)}: '${name}' (used by ${where})`);
    });
    expect(unprovided).toEqual([]);
  });

  it('names only namespaces that exist in the catalogue, in ClientMessages and in client components', async () => {
    const catalogue = await loadMessages('en');
    const named = files.flatMap((file) => [...providedNamespaces(file), ...(isClient(file) ? usedNamespaces(file) : [])].map((name) => ({ name, file })));
    const unknown = named.filter(({ name }) => !(name in catalogue)).map(({ name, file }) => `${relative(root, file)}: '${name}'`);
    expect(unknown).toEqual([]);
    expect(alwaysPresentNamespaces.filter((name) => !(name in catalogue))).toEqual([]);
  });

  it('resolves the imports it follows', () => {
    expect(existsSync(join(root, 'components/i18n/client-messages.tsx'))).toBe(true);
    expect(importsOf(join(root, 'app/layout.tsx')).map((path) => relative(root, path))).toContain('components/layout/site-header.tsx');
  });
});
