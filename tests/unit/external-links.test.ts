import { describe, expect, it } from 'vitest';
import { isExternal } from '../../src/integrations/externalLinksPlugin.ts';

describe('external links', () => {
  it('treats only absolute http(s) links as leaving the site', () => {
    expect(isExternal('https://bip.brpo.gov.pl')).toBe(true);
    expect(isExternal('HTTP://example.org/x')).toBe(true);
    expect(isExternal('/pomoc/')).toBe(false);
    expect(isExternal('#przypis-1')).toBe(false);
    expect(isExternal('mailto:kontakt@example.org')).toBe(false);
    expect(isExternal(undefined)).toBe(false);
  });
});
