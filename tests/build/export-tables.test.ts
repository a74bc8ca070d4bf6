// The open-data tables as built — mierniki (one row per indicator), dzialania (one row per action),
// wskazniki (one row per value), programy — read from dist/dane of the real site and of the fixture
// built with SITE_URL. Their keys hold (primary keys unique and non-null, every foreign key
// resolves), and each table says what content/ says. Expectations come from the content files read
// with the project's YAML reader (src/lib/contentFile.ts), not from src/lib's model or export code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { contentData } from '../../src/lib/contentFile.ts';
import { DIST } from '../../scripts/lib/dist.ts';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- descriptors and rows are walked as loose JSON
type Json = Record<string, any>;
type Row = Record<string, unknown>;

const SITE_URL = 'https://miernik.example.org';

// ---------------------------------------------------------------------------------------------
// content/, read independently.

const data = (file: string): Json => contentData(readFileSync(file), file.endsWith('.mdx'), file).data as Json;
const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((f) => join(dir, f))
    : [];

interface ContentValue {
  indicator: string;
  kind: string;
  text: string;
  /** How the content states its time. */
  time: 'year' | 'range' | 'annual' | 'none';
  /** The years it covers, by the rule src/schemas/common.ts states for year / from–to / annual. */
  span: [number | null, number | null];
}

interface ContentAction {
  goal: string;
  /** The task's printed id, if any. */
  task: string | null;
  /** The id the site gives it: its own, else the task's (or goal's) id and its position. */
  id: string;
  action: Json;
}

interface ContentProgramme {
  slug: string;
  organisation: string;
  /** Every indicator id the content defines (budget lines not included: they have no id in content). */
  indicators: { id: string; action: string | null }[];
  actions: ContentAction[];
  values: ContentValue[];
  period: { start: number; end: number };
}

const timeOf = (v: Json): ContentValue['time'] =>
  v.year !== undefined ? 'year' : v.annual ? 'annual' : v.from !== undefined ? 'range' : 'none';

/** Years covered: one year; each year of from–to, or of the period for `annual` alone; a range; none. */
function spanOf(v: Json, period: { start: number; end: number }): [number | null, number | null] {
  if (v.year !== undefined) return [v.year, v.year];
  if (v.annual) return [v.from ?? period.start, v.to ?? period.end];
  if (v.from !== undefined && v.to !== undefined) return [v.from, v.to];
  return [null, null];
}

function readProgramme(content: string, slug: string): ContentProgramme {
  const dir = join(content, 'programmes', slug);
  const index = data(join(dir, 'index.mdx'));
  const period = { start: index.periodStart as number, end: index.periodEnd as number };
  const out: ContentProgramme = { slug, organisation: index.organisation, indicators: [], actions: [], values: [], period };
  const addIndicator = (i: Json, action: string | null) => {
    out.indicators.push({ id: i.id, action });
    for (const v of (i.values ?? []) as Json[])
      out.values.push({ indicator: i.id, kind: v.kind, text: v.text, time: timeOf(v), span: spanOf(v, period) });
  };
  const goals = files(join(dir, 'goals'))
    .map(data)
    .sort((a, b) => a.order - b.order);
  for (const g of goals) {
    const acts: ContentAction[] = [];
    ((g.tasks ?? []) as Json[]).forEach((t, ti) =>
      (t.actions as Json[]).forEach((a, ai) =>
        acts.push({ goal: g.id, task: t.id ?? null, id: a.id ?? `${t.id ?? `${g.id}.${ti + 1}`}.${ai + 1}`, action: a }),
      ),
    );
    ((g.actions ?? []) as Json[]).forEach((a, ai) => acts.push({ goal: g.id, task: null, id: a.id ?? `${g.id}.${ai + 1}`, action: a }));
    for (const a of acts) {
      out.actions.push(a);
      for (const i of (a.action.indicators ?? []) as Json[]) addIndicator(i, a.id);
      for (const b of (a.action.budget ?? []) as Json[])
        out.values.push({ indicator: `budzet-${a.id}`, kind: 'budget', text: b.text, time: timeOf(b), span: spanOf(b, period) });
    }
    for (const r of (g.expectedResults ?? []) as Json[]) for (const i of (r.indicators ?? []) as Json[]) addIndicator(i, null);
  }
  const statistics = join(dir, 'statistics.yaml');
  if (existsSync(statistics))
    for (const t of data(statistics).tables as Json[]) for (const i of t.indicators as Json[]) addIndicator(i, null);
  for (const i of (index.strategicIndicators ?? []) as Json[]) addIndicator(i, null);
  for (const t of (index.statedTotals ?? []) as Json[]) {
    out.indicators.push({ id: t.id, action: null });
    out.values.push({ indicator: t.id, kind: 'budget', text: t.text, time: timeOf(t), span: spanOf(t, period) });
  }
  for (const r of files(join(dir, 'reports')).map(data))
    for (const v of r.values as Json[])
      out.values.push({ indicator: v.indicator, kind: 'achieved', text: v.text, time: 'year', span: [r.year, r.year] });
  return out;
}

const readContent = (content: string) =>
  readdirSync(join(content, 'programmes'))
    .sort()
    .map((slug) => readProgramme(content, slug));
const institutionNames = (content: string) =>
  new Map(
    files(join(content, 'institutions')).map((f) => [
      f
        .split('/')
        .pop()!
        .replace(/\.yaml$/, ''),
      data(f).name as string,
    ]),
  );

// ---------------------------------------------------------------------------------------------
// dist/dane, read back.

interface Tables {
  dist: string;
  programy: Row[];
  wskazniki: Row[];
  mierniki: Row[];
  dzialania: Row[];
}

function readTables(dist: string): Tables {
  const json = (name: string) => JSON.parse(readFileSync(join(dist, 'dane', `${name}.json`), 'utf8')) as Row[];
  return { dist, programy: json('programy'), wskazniki: json('wskazniki'), mierniki: json('mierniki'), dzialania: json('dzialania') };
}

const key = (row: Row, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));

/** Rows whose key has a missing value, and keys that occur more than once. */
function primaryKeyProblems(rows: Row[], fields: string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const r of rows) {
    const k = key(r, fields);
    if (fields.some((f) => r[f] === null || r[f] === undefined || r[f] === '')) problems.push(`missing ${k}`);
    if (seen.has(k)) problems.push(`duplicate ${k}`);
    seen.add(k);
  }
  return problems;
}

/**
 * Rows whose key names no row of the referenced table. A key with a null field refers to nothing
 * and is not checked — Table Schema foreign keys follow SQL (see src/lib/datapackage.ts).
 */
function foreignKeyProblems(rows: Row[], fields: string[], target: Row[], targetFields: string[]): string[] {
  const known = new Set(target.map((r) => key(r, targetFields)));
  return rows.filter((r) => fields.every((f) => r[f] !== null) && !known.has(key(r, fields))).map((r) => key(r, fields));
}

/** The file a site URL (relative, or under SITE_URL) names in dist, and its fragment. */
function target(dist: string, url: string): { file: string; fragment?: string } {
  const u = new URL(url, SITE_URL);
  return {
    file: join(dist, decodeURIComponent(u.pathname), 'index.html'),
    fragment: u.hash ? decodeURIComponent(u.hash.slice(1)) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------

const fixtureBuild = buildFolder('export-tables-');
const sites: { name: string; dist: () => string; content: string; siteUrl: string }[] = [
  { name: 'the real site', dist: () => DIST, content: 'content', siteUrl: '' },
  { name: `the fixture built with SITE_URL=${SITE_URL}`, dist: () => fixtureBuild.out, content: FIXTURE, siteUrl: SITE_URL },
];

beforeAll(() => {
  const { out, cache } = fixtureBuild;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIERNIK_CONTENT: FIXTURE,
    MIERNIK_OUT: out,
    MIERNIK_CACHE_DIR: cache,
    MIERNIK_ALLOW_SHALLOW: '1',
    SITE_URL,
  };
  // As in publisher.test.ts: Vitest's BASE_URL would otherwise become the base path.
  delete env.SITE_BASE;
  delete env.BASE_URL;
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
}, 600_000);
afterAll(() => rmSync(fixtureBuild.dir, { recursive: true, force: true }));

describe.each(sites)('the open-data tables of $name', ({ dist, content, siteUrl }) => {
  let t: Tables;
  let programmes: ContentProgramme[];
  beforeAll(() => {
    t = readTables(dist());
    programmes = readContent(content);
  });

  it('have unique, non-empty primary keys: programy(slug), mierniki(programme, indicator), dzialania(programme, action)', () => {
    expect(primaryKeyProblems(t.programy, ['slug'])).toEqual([]);
    expect(primaryKeyProblems(t.mierniki, ['programme', 'indicator'])).toEqual([]);
    expect(primaryKeyProblems(t.dzialania, ['programme', 'action'])).toEqual([]);
    expect(t.mierniki.length).toBeGreaterThan(0);
    expect(t.dzialania.length).toBeGreaterThan(0);
  });

  it('have every foreign key resolve: values → indicators → actions, every table → programmes', () => {
    expect(foreignKeyProblems(t.wskazniki, ['programme', 'indicator'], t.mierniki, ['programme', 'indicator'])).toEqual([]);
    expect(foreignKeyProblems(t.mierniki, ['programme', 'action'], t.dzialania, ['programme', 'action'])).toEqual([]);
    for (const rows of [t.wskazniki, t.mierniki, t.dzialania])
      expect(foreignKeyProblems(rows, ['programme'], t.programy, ['slug'])).toEqual([]);
    // Indicators outside actions are rows too, with an empty action that refers to nothing.
    expect(t.mierniki.some((r) => r.action === null)).toBe(true);
    // The check itself: a dangling key is found, a key with a null field is not checked.
    expect(
      foreignKeyProblems(
        [
          { programme: 'x', action: '9.9' },
          { programme: 'x', action: null },
        ],
        ['programme', 'action'],
        t.dzialania,
        ['programme', 'action'],
      ),
    ).toEqual(['["x","9.9"]']);
  });

  it('list every indicator of content/ in mierniki exactly once — with or without values — and each action’s budget as one more', () => {
    const expected = programmes.flatMap((p) => [
      ...p.indicators.map((i) => `${p.slug}/${i.id}`),
      ...p.actions.filter((a) => (a.action.budget ?? []).length > 0).map((a) => `${p.slug}/budzet-${a.id}`),
    ]);
    expect(t.mierniki.map((r) => `${r.programme}/${r.indicator}`).sort()).toEqual(expected.sort());
    const byKey = new Map(t.mierniki.map((r) => [`${r.programme}/${r.indicator}`, r]));
    for (const p of programmes) {
      for (const i of p.indicators) expect(byKey.get(`${p.slug}/${i.id}`)!.action, i.id).toBe(i.action);
      for (const i of p.indicators) expect(byKey.get(`${p.slug}/${i.id}`)!.organisation, i.id).toBe(p.organisation);
      for (const a of p.actions.filter((x) => (x.action.budget ?? []).length > 0))
        expect(byKey.get(`${p.slug}/budzet-${a.id}`)!.action).toBe(a.id);
    }
  });

  it('count in valueCount the rows each indicator has in wskazniki, achieved values from reports included', () => {
    const counts = new Map<string, number>();
    for (const v of programmes.flatMap((p) => p.values.map((x) => `${p.slug}/${x.indicator}`))) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const r of t.mierniki) {
      const k = `${r.programme}/${r.indicator}`;
      expect(r.valueCount, k).toBe(counts.get(k) ?? 0);
      expect(r.valueCount, k).toBe(t.wskazniki.filter((w) => w.programme === r.programme && w.indicator === r.indicator).length);
    }
  });

  it('list every action of content/ in dzialania once: printed task id or empty, schedule as printed and its years, funding, summed budget, implementers', () => {
    const names = institutionNames(content);
    const expected = programmes.flatMap((p) =>
      p.actions.map((a) => {
        const budget = ((a.action.budget ?? []) as Json[]).map((b) => b.value as number);
        const [start, end] = a.action.schedule ? spanOf(a.action.schedule, p.period) : [null, null];
        const implementers = ((a.action.implementers ?? []) as Json[]).map((i) => i.name ?? names.get(i.institution));
        return {
          programme: p.slug,
          organisation: p.organisation,
          goal: a.goal,
          task: a.task,
          action: a.id,
          title: a.action.title,
          implementers: implementers.length ? implementers.join('; ') : null,
          schedule: a.action.schedule?.text ?? null,
          scheduleStart: start,
          scheduleEnd: end,
          funding: a.action.funding ?? null,
          budgetTotal: budget.length ? budget.reduce((x, y) => x + y, 0) : null,
        };
      }),
    );
    // Programmes in the site's order (newest first); within each, the actions in reading order.
    for (const p of programmes)
      expect(
        t.dzialania.filter((r) => r.programme === p.slug).map(({ url: _url, ...r }) => r),
        p.slug,
      ).toEqual(expected.filter((r) => r.programme === p.slug));
    expect(t.dzialania.length).toBe(expected.length);
  });

  it('link each action to its heading on its goal page and each indicator to its page', () => {
    for (const r of t.dzialania) {
      const url = r.url as string;
      expect(url.startsWith(siteUrl ? `${siteUrl}/` : '/'), url).toBe(true);
      const { file, fragment } = target(t.dist, url);
      expect(fragment, url).toBe(`dzialanie-${r.action}`);
      expect(readFileSync(file, 'utf8'), url).toContain(`id="${fragment}"`);
    }
    for (const r of t.mierniki) {
      const url = r.url as string;
      expect(url.startsWith(siteUrl ? `${siteUrl}/` : '/'), url).toBe(true);
      expect(existsSync(target(t.dist, url).file), url).toBe(true);
      // The same page as the indicator's value rows link to.
      for (const w of t.wskazniki.filter((x) => x.programme === r.programme && x.indicator === r.indicator)) expect(w.url).toBe(url);
    }
  });

  it('give each value row the years it covers: periodStart = periodEnd = year for one year, the range otherwise, empty only without any time', () => {
    const expected = new Map<string, [number | null, number | null][]>();
    for (const p of programmes)
      for (const v of p.values) {
        const k = JSON.stringify([p.slug, v.indicator, v.kind, v.text]);
        expected.set(k, [...(expected.get(k) ?? []), v.span]);
      }
    const actual = new Map<string, [number | null, number | null][]>();
    for (const r of t.wskazniki) {
      const k = JSON.stringify([r.programme, r.indicator, r.kind, r.text]);
      actual.set(k, [...(actual.get(k) ?? []), [r.periodStart as number | null, r.periodEnd as number | null]]);
      if (r.year !== null) expect([r.periodStart, r.periodEnd], k).toEqual([r.year, r.year]);
      for (const f of ['periodStart', 'periodEnd']) expect(r[f] === null || Number.isInteger(r[f]), k).toBe(true);
    }
    const sorted = (m: Map<string, [number | null, number | null][]>) =>
      new Map([...m].map(([k, v]) => [k, v.map((x) => JSON.stringify(x)).sort()]));
    expect(sorted(actual)).toEqual(sorted(expected));
    // Both trailing columns, after the contract's fields.
    for (const r of t.wskazniki) expect(Object.keys(r).slice(-2)).toEqual(['periodStart', 'periodEnd']);
  });

  it('write the same rows in CSV as in JSON (empty cell for null)', () => {
    for (const name of ['mierniki', 'dzialania'] as const) {
      const text = readFileSync(join(t.dist, 'dane', `${name}.csv`), 'utf8');
      const parsed = parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
      expect(Object.keys(parsed[0]!), name).toEqual(Object.keys(t[name][0]!));
      expect(parsed, name).toEqual(
        t[name].map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))),
      );
    }
  });
});

describe('the fixture’s tables hold each case the fixture was written for', () => {
  let t: Tables;
  let przyklad: ContentProgramme;
  beforeAll(() => {
    t = readTables(fixtureBuild.out);
    przyklad = readProgramme(FIXTURE, 'przyklad-2011-2020');
  });

  it('an indicator without values (osoby-objete-pomoca) is a mierniki row with valueCount 0 and no wskazniki row', () => {
    const empty = przyklad.indicators.filter((i) => !przyklad.values.some((v) => v.indicator === i.id));
    expect(empty.map((i) => i.id)).toContain('osoby-objete-pomoca');
    for (const i of empty) {
      expect(
        t.mierniki.filter((r) => r.programme === przyklad.slug && r.indicator === i.id),
        i.id,
      ).toEqual([expect.objectContaining({ valueCount: 0, action: i.action })]);
      expect(
        t.wskazniki.filter((r) => r.programme === przyklad.slug && r.indicator === i.id),
        i.id,
      ).toEqual([]);
    }
  });

  it('the four schedules — one year, a range, every year, words only — and funding, budget and unnumbered tasks in dzialania', () => {
    const rows = new Map(t.dzialania.filter((r) => r.programme === przyklad.slug).map((r) => [r.action, r]));
    const kinds = new Set<string>();
    for (const a of przyklad.actions) {
      const row = rows.get(a.id)!;
      const s = a.action.schedule as Json | undefined;
      if (!s) continue;
      const kind = timeOf(s);
      kinds.add(kind);
      expect(row.schedule, a.id).toBe(s.text);
      const expected = {
        year: [s.year, s.year],
        range: [s.from, s.to],
        annual: [s.from ?? przyklad.period.start, s.to ?? przyklad.period.end],
        none: [null, null],
      }[kind];
      expect([row.scheduleStart, row.scheduleEnd], `${a.id} (${kind})`).toEqual(expected);
    }
    expect([...kinds].sort()).toEqual(['annual', 'none', 'range', 'year']);
    // Funding where printed; a yearly budget line summed as printed, once.
    const funded = przyklad.actions.filter((a) => a.action.funding);
    expect(funded.length).toBeGreaterThan(0);
    for (const a of przyklad.actions) expect(rows.get(a.id)!.funding, a.id).toBe(a.action.funding ?? null);
    const budgeted = przyklad.actions.filter((a) => (a.action.budget ?? []).length > 0);
    expect(budgeted.some((a) => a.action.budget.some((b: Json) => b.annual))).toBe(true);
    for (const a of budgeted)
      expect(rows.get(a.id)!.budgetTotal, a.id).toBe(a.action.budget.reduce((n: number, b: Json) => n + b.value, 0));
    // The tasks are unnumbered: empty task, never the positional id the site uses.
    expect(przyklad.actions.every((a) => a.task === null)).toBe(true);
    for (const a of przyklad.actions) {
      expect(rows.get(a.id)!.task, a.id).toBeNull();
      expect(t.mierniki.filter((r) => r.programme === przyklad.slug && r.action === a.id).every((r) => r.task === null)).toBe(true);
    }
    // A goal without actions adds no dzialania row.
    const goals = new Set(przyklad.actions.map((a) => a.goal));
    expect([...new Set(t.dzialania.filter((r) => r.programme === przyklad.slug).map((r) => r.goal))]).toEqual([...goals]);
  });

  it('wskazniki gives periodStart/periodEnd for a one-year, a range and an every-year value; year only for the first', () => {
    const fixture = readContent(FIXTURE);
    for (const time of ['year', 'range', 'annual'] as const) {
      const values = fixture.flatMap((p) => p.values.filter((v) => v.time === time).map((v) => ({ programme: p.slug, ...v })));
      expect(values.length, time).toBeGreaterThan(0);
      for (const v of values) {
        const rows = t.wskazniki.filter(
          (r) => r.programme === v.programme && r.indicator === v.indicator && r.kind === v.kind && r.text === v.text,
        );
        expect(
          rows.map((r) => [r.year, r.periodStart, r.periodEnd]),
          `${v.indicator} (${time})`,
        ).toEqual([[time === 'year' ? v.span[0] : null, ...v.span]]);
      }
    }
    // The whole-period target and the yearly budget of the 2011–2020 programme.
    expect(przyklad.values.filter((v) => v.time !== 'year').map((v) => [v.indicator, v.time, ...v.span])).toEqual([
      ['uczestnicy-kampanii', 'range', 2011, 2020],
      ['budzet-1.2.1', 'annual', 2011, 2020],
    ]);
  });
});
