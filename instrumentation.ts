/**
 * Runs once when a server process starts. The Node.js server starts the email
 * outbox sweep (lib/email/sweep.ts); the build and the edge runtime do not.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startOutboxSweep } = await import('./lib/email/sweep');
  startOutboxSweep();
}
