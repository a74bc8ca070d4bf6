// Every copy-paste example in docs/ksztalty-programow.md is a real file: each goal example, saved as
// a goal of the fixture's second programme, and the programme example, saved as its index.mdx,
// pass `npm run check` with no error and no warning of their own — and the model reads them the way the page
// says (time, schedule, funding, an indicator without values, a goal without actions).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { brokenFixture, removeFixtures } from '../support/fixtures.ts';
import { goal as goalSchema } from '../../src/schemas/goal.ts';
import { periodOf, placeActions, placeValue } from '../../src/lib/model.ts';
import { programme as programmeSchema } from '../../src/schemas/programme.ts';

afterEach(removeFixtures);

const DOC = 'docs/ksztalty-programow.md';
const PROGRAMME = 'programmes/przyklad-2011-2020';
const blocks = [...readFileSync(DOC, 'utf8').matchAll(/<!-- kształt: (goal|programme) -->\n```yaml\n([\s\S]*?)```/g)].map((m) => ({
  kind: m[1]!,
  yaml: m[2]!,
}));
const goals = blocks.filter((b) => b.kind === 'goal');

describe('docs/ksztalty-programow.md examples', () => {
  it('has an example for each shape the page describes', () => {
    expect(goals.length).toBe(5);
    expect(blocks.filter((b) => b.kind === 'programme')).toHaveLength(1);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i passes the check with no error and no warning', (_n, b) => {
    const dir = brokenFixture();
    if (b.kind === 'goal') writeFileSync(join(dir, PROGRAMME, 'goals', `${parse(b.yaml).id}.mdx`), `---\n${b.yaml}---\nOpis celu.\n`);
    else {
      const index = join(dir, PROGRAMME, 'index.mdx');
      writeFileSync(index, readFileSync(index, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, `---\n${b.yaml}---\n`));
    }
    const result = checkContent(dir, dir);
    expect(result.errors).toEqual([]);
    // The first fixture programme has warnings of its own (goals without summaries), by design.
    expect(result.warnings.filter((w) => w.file.startsWith(PROGRAMME))).toEqual([]);
  });

  it('reads each time the way the table on the page says', () => {
    const programme = programmeSchema.parse(parse(blocks.find((b) => b.kind === 'programme')!.yaml));
    const period = periodOf(programme);
    const times = goals.flatMap((b) =>
      placeActions(goalSchema.parse(parse(b.yaml))).flatMap((pa) => [
        ...pa.action.indicators.flatMap((i) => i.values.map((v) => [v.text, placeValue(v, period).time])),
        ...pa.action.budget.map((v) => [v.text, placeValue(v, period).time]),
        ...(pa.action.schedule ? [[pa.action.schedule.text, placeValue(pa.action.schedule, period).time]] : []),
      ]),
    );
    expect(Object.fromEntries(times)).toEqual({
      'w 2012 r. – 120 porad': { kind: 'year', year: 2012 },
      'w latach 2011–2020 – 1 500 porad': { kind: 'range', from: 2011, to: 2020 },
      '4 posiedzenia rocznie': { kind: 'annual', from: 2011, to: 2020 },
      '250 000 zł na lata 2011–2020': { kind: 'range', from: 2011, to: 2020 },
      'III kwartał 2013': { kind: 'year', year: 2013 },
      '2011–2020': { kind: 'range', from: 2011, to: 2020 },
      corocznie: { kind: 'annual', from: 2011, to: 2020 },
      'w miarę potrzeb': { kind: 'none' },
      'na bieżąco': { kind: 'none' },
    });
  });
});
