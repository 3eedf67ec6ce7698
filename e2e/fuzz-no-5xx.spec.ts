import type { APIRequestContext, Browser } from '@playwright/test';
import { demo, expect, signIn, test } from './fixtures';
import { badBodies, discoverRouteHandlers, discoverServerActions, queries, routeUrl, segmentValues, send } from './fuzz';

/*
 * Malformed encodings, wrong types, oversize bodies and foreign origins sent
 * to every route handler and server action: each may be refused, none may
 * answer 5xx. Only malformed or unknown input is sent, so nothing changes.
 */

const FOREIGN = { Origin: 'https://intranet.example.gov', 'Sec-Fetch-Site': 'same-site' };
const MB = 1024 * 1024;

type Role = 'anonymous' | keyof typeof demo;

/** A request context signed in as `role` (or not at all), with its own client address for sign-in throttling. */
async function clientFor(browser: Browser, role: Role, index: number): Promise<APIRequestContext> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.88.7.${index + 1}` } });
  const page = await context.newPage();
  if (role !== 'anonymous') await signIn(page, demo[role].email);
  return page.request;
}

/** Collects "<what>: <status>" for every 5xx, so one failure lists them all. */
function recorder() {
  const failures: string[] = [];
  return {
    failures,
    check(what: string, status: number) {
      if (status >= 500) failures.push(`${what}: ${status}`);
    },
  };
}

test('route handlers never answer 5xx to malformed, oversize or cross-origin requests', async ({ browser }) => {
  test.setTimeout(600_000);
  const routes = discoverRouteHandlers();
  expect(routes.length).toBeGreaterThanOrEqual(15);
  const roles: Role[] = ['anonymous', 'trainee', 'instructor', 'manager', 'admin'];
  const { failures, check } = recorder();

  for (const [index, role] of roles.entries()) {
    const request = await clientFor(browser, role, index);
    for (const route of routes) {
      const wellFormed = routeUrl(route, segmentValues[0] ?? '1');
      // A route without dynamic segments has one URL; the others get one per odd segment value.
      for (const url of new Set(segmentValues.map((value) => routeUrl(route, value)))) {
        const at = `${role} ${url.slice(0, 80)}`;
        for (const method of route.methods) {
          if (method === 'GET') {
            // Every odd query on a well-formed id; the malformed ids once each.
            for (const query of url === wellFormed ? queries : [''])
              check(`GET ${at}${query.slice(0, 40)}`, await send(request, 'GET', url + query));
            continue;
          }
          for (const body of badBodies) {
            const status = await send(request, method, `${url}?kind=attachment&name=a.pdf`, {
              data: body.data,
              headers: { 'Content-Type': body.contentType },
            });
            check(`${method} ${at} (${body.name})`, status);
          }
          const foreign = await send(request, method, url, { data: '{}', headers: { ...FOREIGN, 'Content-Type': 'application/json' } });
          check(`${method} ${at} (foreign origin)`, foreign);
          // Signed in, the origin check comes right after the role check: refused either way, never processed.
          if (role !== 'anonymous' && url === wellFormed) expect(foreign, `${method} ${at} from another origin`).toBe(403);
        }
      }
    }
  }

  // Oversize bodies, as users who get past authorisation: refused by size, never read whole.
  const trainee = await clientFor(browser, 'trainee', 10);
  expect(
    await send(trainee, 'PUT', '/api/progress', { data: Buffer.alloc(MB, 0x20), headers: { 'Content-Type': 'application/json' } }),
  ).toBe(413);
  expect(await send(trainee, 'PUT', '/api/attempts/999999999/answers', { data: Buffer.alloc(MB, 0x20) })).toBe(413);
  const instructor = await clientFor(browser, 'instructor', 11);
  expect(await send(instructor, 'POST', '/api/author/markdown', { data: Buffer.alloc(2 * MB, 0x20) })).toBe(413);
  const pkg = await send(instructor, 'POST', '/api/author/packages', {
    data: Buffer.alloc(21 * MB, 0x20),
    headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
  });
  expect([0, 413]).toContain(pkg);

  expect(failures).toEqual([]);
});

test('server actions never answer 5xx to malformed arguments, foreign origins or oversize forms', async ({ browser }) => {
  test.setTimeout(600_000);
  const actions = discoverServerActions();
  expect(
    actions.length,
    'the production build lists its server actions in .next/server/server-reference-manifest.json',
  ).toBeGreaterThanOrEqual(30);
  const { failures, check } = recorder();
  const roles: Role[] = ['anonymous', 'trainee', 'admin'];

  for (const [index, role] of roles.entries()) {
    const request = await clientFor(browser, role, 20 + index);
    for (const { id, page } of actions) {
      const action = { 'Next-Action': id };
      const label = `${role} action ${id.slice(0, 8)}… on ${page}`;
      const text = await send(request, 'POST', page, {
        data: 'not json',
        headers: { ...action, 'Content-Type': 'text/plain;charset=UTF-8' },
      });
      expect(text, `${label}: text body`).toBe(400);
      const broken = await send(request, 'POST', page, { headers: action, multipart: { '0': '["$K1", ' } });
      expect(broken, `${label}: arguments that are not JSON`).toBe(400);
      for (const args of ['[1, 2]', '[]', '["$K1"]', '[null, "x"]', '[{"status":"idle"}, "$K1"]']) {
        const status = await send(request, 'POST', page, {
          headers: action,
          multipart: { '0': args, '1_id': 'abc', '1_cohortId': '%', '1_file': 'x' },
        });
        check(`${label}: arguments ${args}`, status);
      }
      const foreign = await send(request, 'POST', page, { headers: { ...action, ...FOREIGN }, multipart: { '0': '[]' } });
      expect(foreign, `${label}: foreign origin`).toBe(403);
    }
  }

  // Unknown and malformed action ids, and a form over the body limit (a 7 MB CSV), named in the answer.
  const admin = await clientFor(browser, 'admin', 30);
  for (const id of ['0'.repeat(42), 'zz', '%', 'x'.repeat(5000)])
    check(
      `action id ${id.slice(0, 12)}`,
      await send(admin, 'POST', '/manage', { headers: { 'Next-Action': id }, multipart: { '0': '[]' } }),
    );
  const csv = Buffer.alloc(7 * MB, 0x61);
  const enrol = actions[0]?.page ?? '/manage';
  const oversize = await admin.fetch(enrol, {
    method: 'POST',
    headers: { 'Next-Action': actions[0]?.id ?? '0'.repeat(42) },
    multipart: { '0': '[{"status":"idle"}, "$K1"]', '1_file': { name: 'trainees.csv', mimeType: 'text/csv', buffer: csv } },
    failOnStatusCode: false,
  });
  expect(oversize.status()).toBe(413);
  expect(await oversize.text()).toContain('the limit is 6 MB');

  expect(failures).toEqual([]);
});
