import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cspHeader, cspMeta, headersFile, nginxSnippet } from '../../src/config/security.ts';

describe('security policy', () => {
  it('allows only the site itself: no unsafe-inline, no unsafe-eval, no other host', () => {
    for (const policy of [cspMeta, cspHeader]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("form-action 'self'");
    }
  });
  it('puts frame-ancestors only in the header, where browsers honour it', () => {
    expect(cspMeta).not.toContain('frame-ancestors');
    expect(cspHeader).toContain("frame-ancestors 'none'");
  });
  it('the committed nginx snippet is generated from the same source (npm run headers)', () => {
    expect(readFileSync('docs/security-headers.nginx.conf', 'utf8')).toBe(nginxSnippet());
  });
  it('the _headers file applies every header to every path', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const name of [
      'Content-Security-Policy',
      'Referrer-Policy: no-referrer',
      'X-Content-Type-Options: nosniff',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ])
      expect(file).toContain(name);
  });
});
