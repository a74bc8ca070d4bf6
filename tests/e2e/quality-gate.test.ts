// The quality gate on every HTML page of the build (DESIGN.md, "Tests, in layers"): axe-core
// WCAG 2.0/2.1/2.2 A+AA and best practices, no request to another origin, keyboard paths with a
// visible and unobscured focus, 320 px reflow, text spacing, forced colours, reduced motion.
// The checks themselves live in scripts/lib/gate.ts; gate-catches-broken-page.test.ts proves they fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';
import { formatFindings, openGate, type Gate } from '../../scripts/lib/gate.ts';
import { useSite } from '../support/site.ts';

const pages = htmlPages();
const site = useSite();

describe(`quality gate on ${DIST}`, () => {
  let gate: Gate;
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    gate = await openGate(site);
  });
  afterAll(async () => {
    await gate?.close();
    if (started) console.log(`Bramka jakości: ${pages.length} stron w ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages).toContain('index.html');
  });

  it.each(pages)('%s', async (page) => {
    const result = await gate.check(page);
    if (result.findings.length) expect.fail(`${result.findings.length} problem(s):\n${formatFindings(result.findings)}`);
  });
});
