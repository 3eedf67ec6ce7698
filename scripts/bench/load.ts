/**
 * A small closed-loop load generator for requests that differ per call (a
 * cookie per trainee, a body per request), which autocannon's fixed requests
 * do not express simply: `inFlight` workers each send their next request as
 * soon as the previous one is answered, until `total` have been sent.
 */

export interface LoadResult {
  /** Latencies in ms, sorted ascending. */
  latencies: number[];
  errors: number;
  non2xx: number;
  seconds: number;
  /** The first few failure descriptions, to say why. */
  failures: string[];
}

/** The q-quantile (0..1) of ascending `sorted` values, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Sends `total` requests, `inFlight` at a time; `send(i)` makes request number i. */
export async function runLoad(inFlight: number, total: number, send: (i: number) => Promise<Response>): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], errors: 0, non2xx: 0, seconds: 0, failures: [] };
  let next = 0;
  const note = (failure: string) => {
    if (result.failures.length < 5) result.failures.push(failure);
  };
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      try {
        const response = await send(i);
        await response.arrayBuffer();
        result.latencies.push(performance.now() - started);
        if (response.status < 200 || response.status >= 300) {
          result.non2xx += 1;
          note(`request ${i}: HTTP ${response.status}`);
        }
      } catch (error) {
        result.errors += 1;
        note(`request ${i}: ${String(error)}`);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  result.seconds = (performance.now() - started) / 1000;
  result.latencies.sort((a, b) => a - b);
  return result;
}

/** One printable row: throughput, p50/p95/p99, errors. */
export function loadRow(name: string, result: LoadResult) {
  const ms = (q: number) => Math.round(quantile(result.latencies, q));
  return {
    measure: name,
    requests: result.latencies.length + result.errors,
    'req/s': Math.round(result.latencies.length / result.seconds),
    'p50 ms': ms(0.5),
    'p95 ms': ms(0.95),
    'p99 ms': ms(0.99),
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}
