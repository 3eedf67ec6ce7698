import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const own = ['academy.example.gov', 'localhost:3000'];

describe('isSameOrigin', () => {
  it.each([
    ['the browser says same-origin', { origin: 'https://evil.example.gov', secFetchSite: 'same-origin' }],
    ['the user typed the address', { origin: null, secFetchSite: 'none' }],
    ['Origin is our own host', { origin: 'https://academy.example.gov', secFetchSite: null }],
    ['Origin is our own host and port', { origin: 'http://localhost:3000', secFetchSite: 'same-site' }],
    ['a client sends neither header', { origin: null, secFetchSite: null }],
  ])('accepts a request when %s', (_name, headers) => {
    expect(isSameOrigin(headers, own)).toBe(true);
  });

  it.each([
    ['another origin of the same site', { origin: 'https://forum.example.gov', secFetchSite: 'same-site' }],
    ['another site', { origin: 'https://evil.test', secFetchSite: 'cross-site' }],
    ['a foreign Origin without Sec-Fetch-Site', { origin: 'https://evil.test', secFetchSite: null }],
    ['an opaque origin', { origin: 'null', secFetchSite: null }],
    ['a malformed Origin', { origin: 'http://%zz', secFetchSite: null }],
    ['a cross-site fetch without Origin', { origin: null, secFetchSite: 'cross-site' }],
    ['another port on our host', { origin: 'http://localhost:4000', secFetchSite: 'same-site' }],
  ])('refuses %s', (_name, headers) => {
    expect(isSameOrigin(headers, own)).toBe(false);
  });
});
