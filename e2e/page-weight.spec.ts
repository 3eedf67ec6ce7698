import { budgetTrainee, enforcedInCi } from './budgets';
import { expect, signIn, test } from './fixtures';
import { measureTraineePages, reportMeasurements } from './page-weight';

// A first visit has no service worker yet; with one, its fetches would not show in the page's network events.
test.use({ serviceWorkers: 'block' });

// Issue 12: the byte budgets the app meets fail this test when exceeded (bytes are deterministic);
// the rest, and the throttled load time (timings flake on shared CI machines), are reported here
// and enforced by `npm run bench:pages`.
test('trainee pages stay within the page-weight budgets of issue 12', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, budgetTrainee);
  const measurements = await measureTraineePages(page);
  const over = reportMeasurements('Page weights (issue 12 budgets)', measurements);
  const overEnforced = over.filter((m) => m.key && enforcedInCi.has(m.key)).map((m) => `${m.name}: ${m.value} > ${m.budget} bytes`);
  expect(overEnforced).toEqual([]);
});
