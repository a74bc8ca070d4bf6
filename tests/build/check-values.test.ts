// The build and the numbers/identity rules of the check: a goal whose URL another goal already
// has stops `npm run build` before anything is written (Astro alone would drop one page with a
// warning and exit 0), and a value marked with `textDiffers` is published with its reason.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { brokenFixture, buildFolder, FIXTURE, lineOf, removeFixtures } from '../support/fixtures.ts';

afterAll(removeFixtures);
const GOAL = 'programmes/demo-2024-2026/goals/1.mdx';
const GOAL2 = 'programmes/demo-2024-2026/goals/2.mdx';

function build(content: string, out: string, cache: string) {
  const env = { ...process.env, MIERNIK_CONTENT: content, MIERNIK_OUT: out, MIERNIK_CACHE_DIR: cache, MIERNIK_ALLOW_SHALLOW: '1' };
  return spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
}

describe('npm run build and the identity of pages', () => {
  it('fails on two goal ids that differ only in case, naming file:line and the field, before writing anything', () => {
    const dir = brokenFixture([GOAL, 'id: "1"', 'id: "I"'], [GOAL2, 'id: "2"', 'id: "i"']);
    const out = `${dir}-dist`;
    const r = build(dir, out, `${dir}-cache`);
    expect(r.status).toBe(1);
    const line = lineOf(dir, GOAL2, 'id: "i"');
    expect(r.stderr).toMatch(
      new RegExp(`goals/2\\.mdx:${line}:\\d+  id  cel „i” ma ten sam adres /programy/demo-2024-2026/cele/i/ co cel „I”`),
    );
    expect(r.stderr).toContain('Budowanie przerwane: popraw błędy w treści.');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a value whose text says another number, with the reason', () => {
  const { dir, out, cache } = buildFolder('text-differs-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const reason = 'tabela podaje 1 020, opis celu 1 200; przyjęto opis';

  it('is published with the reason next to the value, on the indicator page and in the goal table', () => {
    const content = join(dir, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const goal = join(content, GOAL);
    const edited = readFileSync(goal, 'utf8')
      .replace('value: 1200, text: "Liczba porad – 1200"', `value: 1200, text: "Liczba porad – 1 020", textDiffers: "${reason}"`)
      .replace('value: 23.5, text: "23,5%"', 'value: 23.5, text: "25,3%", textDiffers: "w tabeli 25,3%, w opisie 23,5%"');
    writeFileSync(goal, edited);
    const r = build(content, out, cache);
    expect(r.status, r.stderr + r.stdout.slice(-2000)).toBe(0);
    const text = (n: { text: string }) => n.text.replace(/\s+/g, ' ').trim();

    // The indicator's own page: the value as entered, the source wording, and the reason beside it.
    const page = parse(readFileSync(join(out, 'wskazniki/demo-2024-2026/porady-a/index.html'), 'utf8'));
    // text() folds the no-break spaces pages put in numbers.
    const row = page.querySelectorAll('#wartosci tbody tr').find((tr) => text(tr).includes('1 020'))!;
    expect(text(row.querySelector('td.num')!)).toBe('1 200');
    expect(text(row.querySelector('.text-differs')!)).toBe(`Liczba różni się od brzmienia w dokumencie: ${reason}`);
    expect(page.querySelectorAll('#wartosci .text-differs')).toHaveLength(1); // the 2025 value has no reason

    // A goal's table shows the number only, so the note quotes the wording too (porady-a is in a chart there).
    const goalPage = parse(readFileSync(join(out, 'programy/demo-2024-2026/cele/1/index.html'), 'utf8'));
    expect(goalPage.querySelectorAll('.text-differs').map(text)).toEqual([
      'Liczba różni się od brzmienia w dokumencie: „25,3%”. w tabeli 25,3%, w opisie 23,5%',
    ]);
  }, 600_000);
});
