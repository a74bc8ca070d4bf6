// The gate must be able to fail: the same checks on a deliberately broken page
// (tests/fixtures/broken-site) report each problem with the page and the rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, openGate, type Finding, type Gate, type PageResult } from '../../scripts/lib/gate.ts';
import { useSite } from '../support/site.ts';

const site = useSite({ dir: 'tests/fixtures/broken-site' });

describe('the quality gate on a broken page', () => {
  let gate: Gate;
  let result: PageResult;
  let report: string;
  beforeAll(async () => {
    gate = await openGate(site);
    result = await gate.check('index.html');
    report = formatFindings(result.findings);
  });
  afterAll(() => gate?.close());

  const find = (check: string, rule: string): Finding | undefined => result.findings.find((f) => f.check === check && f.rule === rule);

  it('axe finds the unlabeled input (label) and the image without alt (image-alt)', () => {
    expect(find('axe', 'label')?.targets).toEqual(['input[type="text"]']);
    expect(find('axe', 'image-alt')?.targets).toEqual(['img']);
    expect(find('axe', 'label')?.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/.*\/label/);
    expect(report).toMatch(/^index\.html — axe\/label: .*\n {4}input\[type="text"\]\n {4}https:\/\/dequeuniversity/m);
    expect(report).toMatch(/^index\.html — axe\/image-alt: .*\n {4}img\n/m);
  });

  it('reports the script from another origin, which never reached the network', () => {
    expect(result.foreign).toEqual(['https://cdn.example.com/tracker.js']);
    expect(result.blocked).toEqual(result.foreign);
    expect(report).toContain('index.html — requests/foreign-origin: request to another origin: cdn.example.com');
  });

  it('reports a missing subresource of its own origin', () => {
    expect(find('load', 'broken-subresource')?.message).toBe('subresource not loaded: HTTP 404 /brak.css');
  });

  it('reports the missing skip link, the invisible focus, the obscured focus and the keyboard trap', () => {
    expect(find('keyboard', 'skip-link-first')?.message).toContain('input');
    expect(find('keyboard', 'skip-link')).toBeDefined();
    expect(find('focus', 'focus-visible')?.targets).toEqual(['main#tresc > p:nth-of-type(2) > a.plain[href="/"]']);
    expect(find('focus', 'focus-not-obscured')?.targets?.[0]).toMatch(/a\[href="\/"\] \(covered by body > div\.bar\)/);
    expect(find('keyboard', 'keyboard-trap')?.message).toContain('input#pulapka');
  });

  it('reports the 320 px reflow failure, clipped text, the animation and the forced-colours failure', () => {
    expect(find('reflow', 'reflow-320')?.targets?.[0]).toMatch(/^p\.wide /);
    expect(find('spacing', 'text-spacing-clipped')?.targets?.[0]).toMatch(/^p\.clip /);
    expect(find('motion', 'reduced-motion')?.message).toContain('animation spin on span.spin');
    expect(find('forced-colors', 'forced-colors-text')).toBeDefined();
  });

  it('the well-formed parts of the page pass', () => {
    // Nothing beyond what the fixture breaks on purpose (a guard against a gate that fails everything).
    const expected = new Set([
      'axe/label',
      'axe/image-alt',
      'load/broken-subresource',
      'axe/region',
      'requests/foreign-origin',
      'keyboard/skip-link-first',
      'keyboard/skip-link',
      'keyboard/keyboard-trap',
      'focus/focus-visible',
      'focus/focus-not-obscured',
      'reflow/reflow-320',
      'spacing/text-spacing-clipped',
      'motion/reduced-motion',
      'forced-colors/forced-colors-text',
    ]);
    expect(result.findings.map((f) => `${f.check}/${f.rule}`).filter((r) => !expected.has(r))).toEqual([]);
  });
});
