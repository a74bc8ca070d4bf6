// The synthetic corpus for benchmarks (scripts/lib/syntheticCorpus.ts, npm run corpus): deterministic
// from the seed, shaped like a real programme, and clean for the real content checker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, generateCorpus, random } from '../../scripts/lib/syntheticCorpus.ts';
import { placeIndicators } from '../../src/lib/model.ts';
import { checkContent, type CheckResult } from '../../scripts/check/checkContent.ts';
import { checkReport } from '../../scripts/check/report.ts';
import { writeCorpus } from '../../scripts/synthetic-corpus.ts';

describe('synthetic corpus: determinism', () => {
  it('gives the same files for the same seed and different files for another seed', () => {
    const a = corpusFiles({ programmes: 12, seed: 1 });
    expect(corpusFiles({ programmes: 12, seed: 1 })).toEqual(a);
    const b = corpusFiles({ programmes: 12, seed: 2 });
    expect(b.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
    expect(b.map((f) => f.path)).not.toEqual(a.map((f) => f.path)); // periods, hence slugs, differ
  });

  it('makes a smaller corpus the beginning of a larger one with the same seed', () => {
    const small = corpusFiles({ programmes: 8, seed: 3 });
    const large = new Map(corpusFiles({ programmes: 25, seed: 3 }).map((f) => [f.path, f.text]));
    // series.yaml holds each municipality's series: the larger corpus's list starts with the smaller's.
    for (const f of small) {
      if (f.path === 'series.yaml') expect(large.get(f.path)!.startsWith(f.text), f.path).toBe(true);
      else expect(large.get(f.path), f.path).toBe(f.text);
    }
  });

  it('draws from a seeded stream: the same numbers for the same seed and parts', () => {
    const draw = (...parts: number[]) => Array.from({ length: 5 }, random(7, ...parts).next);
    expect(draw(1, 2)).toEqual(draw(1, 2));
    expect(draw(1, 2)).not.toEqual(draw(1, 3));
    expect(draw(1, 2).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('synthetic corpus: content', () => {
  const PROGRAMMES = 12;
  let dir: string;
  let counts: Record<string, number>;
  let result: CheckResult;

  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'miernik-corpus-test-')), 'content');
    counts = writeCorpus({ programmes: PROGRAMMES, seed: 5, out: dir }).counts;
    result = checkContent(dir, dir);
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('passes the content checker with no errors and no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const report = checkReport(result);
    expect(report.failed).toBe(false);
    expect(report.text).toBe(`Treść poprawna: 12 programów, 60 celów, ${counts.institutions} instytucji, 12 sprawozdań.`);
  });

  it('gives each programme the shape of a real one', () => {
    const { raw } = result;
    for (const p of raw.programmes) {
      const goals = raw.goals.filter((g) => g.programme === p.id);
      const tasks = goals.flatMap((g) => g.data.tasks);
      const actions = tasks.flatMap((t) => t.actions);
      const indicators = placeIndicators(
        p.id,
        p,
        goals,
        raw.statistics.find((s) => s.programme === p.id),
      ).filter((pi) => pi.group !== 'budget' && pi.group !== 'total');
      const reports = raw.reports.filter((r) => r.programme === p.id);
      const years = p.data.periodEnd - p.data.periodStart + 1;
      expect({ goals: goals.length, reports: reports.length }, p.id).toEqual({ goals: 5, reports: 1 });
      expect(tasks.length, p.id).toBeGreaterThanOrEqual(11);
      expect(tasks.length, p.id).toBeLessThanOrEqual(13);
      expect(actions.length, p.id).toBeGreaterThanOrEqual(23);
      expect(actions.length, p.id).toBeLessThanOrEqual(27);
      expect(indicators.length, p.id).toBeGreaterThanOrEqual(55);
      expect(indicators.length, p.id).toBeLessThanOrEqual(65);
      expect(years, p.id).toBeGreaterThanOrEqual(3);
      expect(years, p.id).toBeLessThanOrEqual(7);
      expect(p.id).toMatch(new RegExp(`^gmina-\\d{2}-program-\\d{3}-${p.data.periodStart}-${p.data.periodEnd}$`));
      // Implementers are institutions of the programme's own municipality.
      const own = new Set(raw.institutions.filter((i) => i.data.organisation === p.data.organisation).map((i) => i.id));
      for (const a of actions)
        for (const imp of a.implementers) if ('institution' in imp) expect(own.has(imp.institution), imp.institution).toBe(true);
      expect(
        actions.some((a) => a.budget.length > 0),
        p.id,
      ).toBe(true);
    }
  });

  it('mixes units, yearly and period budgets, series shared by programmes', () => {
    const { raw } = result;
    const actions = raw.goals.flatMap((g) => g.data.tasks.flatMap((t) => t.actions));
    const indicators = [
      ...actions.flatMap((a) => a.indicators),
      ...raw.goals.flatMap((g) => g.data.expectedResults.flatMap((e) => e.indicators)),
    ];
    expect(new Set(indicators.map((i) => i.unit))).toEqual(new Set(['count', 'percent', 'currency', 'text']));
    const lines = actions.flatMap((a) => a.budget);
    expect(lines.some((b) => b.year !== undefined)).toBe(true);
    expect(lines.some((b) => b.year === undefined)).toBe(true);
    // Values are worded as Polish documents print them.
    const values = indicators.flatMap((i) => i.values.map((v) => ({ ...v, unit: i.unit })));
    expect(values.some((v) => v.value !== undefined && v.value >= 1000 && /\d \d{3}/.test(v.text))).toBe(true);
    expect(values.some((v) => v.unit === 'percent' && /^\d+,\d%$/.test(v.text))).toBe(true);
    // Every series of series.yaml is joined by indicators of at least two programmes.
    const programmesOf = (series: string) =>
      new Set(raw.goals.filter((g) => JSON.stringify(g.data).includes(`"series":"${series}"`)).map((g) => g.programme)).size;
    const joined = raw.series.filter((s) => programmesOf(s.id) >= 2);
    expect(joined.length).toBeGreaterThanOrEqual(3);
    expect(raw.organisations).toHaveLength(2);
  });

  it('counts what it wrote', () => {
    const { raw } = result;
    expect(counts).toMatchObject({
      organisations: raw.organisations.length,
      institutions: raw.institutions.length,
      programmes: PROGRAMMES,
      goals: raw.goals.length,
      reports: raw.reports.length,
      tasks: raw.goals.reduce((n, g) => n + g.data.tasks.length, 0),
    });
    expect(counts.files).toBe(generateCorpus({ programmes: PROGRAMMES, seed: 5 }).files.length);
  });

  it('removes what was in the out folder before', () => {
    writeFileSync(join(dir, 'stray.yaml'), 'x: 1\n');
    writeCorpus({ programmes: 1, seed: 5, out: dir });
    expect(existsSync(join(dir, 'stray.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'organisations', 'gmina-02.yaml'))).toBe(false);
  });
});
