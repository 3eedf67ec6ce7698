import { isIP } from 'node:net';
import { env } from '@/lib/env';

/**
 * The client's address as seen by our own reverse proxies, or null when it
 * cannot be trusted. Each proxy appends the address it received the request
 * from to `X-Forwarded-For`, so only the right-most `trustedHops` entries were
 * written by us; anything to their left came from the client and may be
 * forged. With one trusted proxy that is the last entry, with two the one
 * before it, and so on. Without a trusted proxy (`trustedHops` 0) the header
 * is ignored entirely.
 */
export function clientAddress(forwardedFor: unknown, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (typeof header !== 'string') return null;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries[entries.length - trustedHops];
  return address && isIP(address) ? `ip:${address.toLowerCase()}` : null;
}

/** `clientAddress` with the proxy settings of the environment (`TRUST_PROXY`, `TRUST_PROXY_HOPS`). */
export function trustedClientAddress(forwardedFor: unknown): string | null {
  const { TRUST_PROXY, TRUST_PROXY_HOPS } = env();
  return clientAddress(forwardedFor, TRUST_PROXY === '1' ? TRUST_PROXY_HOPS : 0);
}
