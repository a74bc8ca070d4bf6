// Every built page is valid HTML by html-validate's recommended rules (DESIGN.md, "Tests, in
// layers"), with three adjustments in .htmlvalidate.json (the html-validate CLI reads it too):
// - valid-id relaxed: anchor ids mirror the numbers printed in the source documents
//   (#zadanie-I.1, #dzialanie-2.2.1); HTML allows any id without spaces; relaxed mode still reports
//   empty ids, ids with spaces and duplicates (no-dup-id).
// - prefer-native-element, except role=region: wide tables sit in <div class="table-scroll"
//   role="region" aria-label… tabindex="0">, the established keyboard-scrollable table pattern.
// - long-title off: titles quote official wording, which can be long; the 70-character rule is
//   about search-engine truncation, not validity or WCAG 2.4.2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';

const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
// A static loader: the config above only, never a .htmlvalidate.json found next to dist/.
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = htmlPages();

describe(`valid HTML in ${DIST}`, () => {
  it('the build has pages to check', () => {
    expect(pages).toContain('index.html');
  });

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateString(readFileSync(join(DIST, page), 'utf8'), page);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    if (errors.length) expect.fail(`${errors.length} HTML error(s):\n${errors.join('\n')}`);
  });
});
