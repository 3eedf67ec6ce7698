import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('fills in the documented defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      DATABASE_PATH: 'data/cio-academy.db',
      NEXTAUTH_SECRET: undefined,
      NEXTAUTH_URL: 'http://localhost:3000',
      TRUST_PROXY: '0',
      TRUST_PROXY_HOPS: 1,
      UPLOADS_DIR: 'data/uploads',
      MAX_VIDEO_UPLOAD_MB: 500,
      NODE_ENV: 'production',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ DATABASE_PATH: '', NEXTAUTH_URL: '', MAX_VIDEO_UPLOAD_MB: '' })).toMatchObject({
      DATABASE_PATH: 'data/cio-academy.db',
      NEXTAUTH_URL: 'http://localhost:3000',
      MAX_VIDEO_UPLOAD_MB: 500,
    });
  });

  it('keeps the origin of NEXTAUTH_URL', () => {
    expect(parseEnv({ NEXTAUTH_URL: 'https://academy.example.org/' }).NEXTAUTH_URL).toBe('https://academy.example.org');
    expect(parseEnv({ NEXTAUTH_URL: 'http://localhost:3100' }).NEXTAUTH_URL).toBe('http://localhost:3100');
  });

  it.each(['academy.example.org', 'ftp://academy.example.org', 'not a url', 'javascript:alert(1)'])(
    'refuses NEXTAUTH_URL=%s with an error naming the variable',
    (value) => {
      expect(() => parseEnv({ NEXTAUTH_URL: value })).toThrow(/NEXTAUTH_URL: NEXTAUTH_URL must be an http\(s\) URL/);
    },
  );

  it('names every wrong variable at once', () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'short', TRUST_PROXY: 'yes', MAX_VIDEO_UPLOAD_MB: '-1' })).toThrow(
      /NEXTAUTH_SECRET: .*at least 32.*TRUST_PROXY: .*MAX_VIDEO_UPLOAD_MB: /,
    );
  });

  it('reads numbers from their text', () => {
    expect(parseEnv({ MAX_VIDEO_UPLOAD_MB: '2000', TRUST_PROXY: '1' })).toMatchObject({ MAX_VIDEO_UPLOAD_MB: 2000, TRUST_PROXY: '1' });
  });

  it('accepts an smtp:// or smtps:// SMTP_URL and refuses anything else', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://user:pw@mail.example.org:587' }).SMTP_URL).toBe('smtp://user:pw@mail.example.org:587');
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example.org:465' }).SMTP_URL).toBe('smtps://mail.example.org:465');
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL must be an smtp/);
  });
});
