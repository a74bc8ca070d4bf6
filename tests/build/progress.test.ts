// Progress on the built site (real content or, with MIERNIK_CONTENT, the fixture): /dane/postep.json
// holds one row per target time and per reported value without a target, each checked against the
// content model — not against src/lib/progress.ts — and the reporting pages and indicator pages say
// in plain sentences what is missing, as of the date of the last content change.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { DIST, pageText, readDist } from '../../scripts/lib/dist.ts';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite, type PlacedIndicator, type ProgrammeModel } from '../../src/lib/model.ts';
import type { ProgressRow } from '../../src/lib/exportProgress.ts';
import { progressText as pt, forYears } from '../../src/i18n/progress.pl.ts';
import { yearRuns } from '../../src/lib/reporting.ts';

const CONTENT = process.env.MIERNIK_CONTENT ?? 'content';
const site = buildSite(checkContent(resolve(CONTENT)).raw);
const rows: ProgressRow[] = JSON.parse(readDist('dane/postep.json'));

// The date of the data, read from git here (and site.yaml's updatedOn only without history).
const gitDate = execFileSync('git', ['log', '-1', '--format=%cs', '--', CONTENT], { encoding: 'utf8' }).trim();
const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];
const polishDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const asOfYear = Number(gitDate.slice(0, 4));
const ended = (year: number) => year < asOfYear;

const orgOf = new Map(site.programmes.map((p) => [p.slug, p.organisation.id]));
const placed = (programme: string, indicator: string) =>
  site.programmes.find((p) => p.slug === programme)!.indicators.find((pi) => pi.indicator.id === indicator)!;
const directionOf = (pi: PlacedIndicator) =>
  pi.indicator.direction ?? site.series.find((s) => s.id === pi.indicator.series)?.direction ?? null;
/** Same measure: the same indicator, or indicators of one series. */
const sameMeasure = (a: PlacedIndicator, b: PlacedIndicator) =>
  a === b || (!!a.indicator.series && a.indicator.series === b.indicator.series);
const key = (r: { programme: string; indicator: string; year: number | null; periodStart: number | null; periodEnd: number | null }) =>
  `${r.programme}/${r.indicator}/${r.year ?? `${r.periodStart}-${r.periodEnd}`}`;

/** Expected rows' keys from the content: every target's times, then reported values of years without a target. */
function expectedKeys(p: ProgrammeModel, pi: PlacedIndicator): string[] {
  const out: string[] = [];
  const targets = pi.values.filter((v) => v.kind === 'target');
  const ownYears = new Set(targets.flatMap((v) => (v.time.kind === 'year' ? [v.time.year] : [])));
  const years = new Set<number>();
  const add = (year: number | null, start: number | null, end: number | null) =>
    out.push(key({ programme: p.slug, indicator: pi.indicator.id, year, periodStart: start, periodEnd: end }));
  for (const v of targets) {
    const t = v.time;
    const yearly =
      t.kind === 'year'
        ? [t.year]
        : t.kind === 'annual'
          ? Array.from({ length: t.to - t.from + 1 }, (_, i) => t.from + i).filter((y) => !ownYears.has(y))
          : [];
    for (const y of yearly) {
      years.add(y);
      add(y, y, y);
    }
    if (t.kind === 'range') add(null, t.from, t.to);
    if (t.kind === 'none') add(null, null, null);
  }
  for (const v of pi.values)
    if (v.kind === 'achieved' && v.time.kind === 'year' && !years.has(v.time.year)) add(v.time.year, v.time.year, v.time.year);
  return out;
}

/** Values of kind achieved/statistic of the same measure in the same municipality for the row's time. */
function measuredFor(r: ProgressRow) {
  const pi = placed(r.programme, r.indicator);
  return site.programmes
    .filter((p) => p.organisation.id === r.organisation)
    .flatMap((p) =>
      p.indicators
        .filter((x) => sameMeasure(pi, x) && x.indicator.unit === pi.indicator.unit)
        .flatMap((x) =>
          x.values
            .filter(
              (v) =>
                (v.kind === 'achieved' || v.kind === 'statistic') &&
                (r.year !== null
                  ? v.time.kind === 'year' && v.time.year === r.year
                  : v.time.kind === 'range' && v.time.from === r.periodStart && v.time.to === r.periodEnd),
            )
            .map((v) => ({ programme: p.slug, indicator: x.indicator.id, kind: v.kind, value: v.value ?? null })),
        ),
    );
}

describe('/dane/postep.json and .csv', () => {
  it('has one row per target time and per reported value without a target, in content order', () => {
    const expected = site.programmes.flatMap((p) => p.indicators.flatMap((pi) => expectedKeys(p, pi)));
    expect(rows.map(key).sort()).toEqual([...expected].sort());
    expect(new Set(rows.map(key)).size).toBe(rows.length);
  });

  it('gives each row the target of the content, and a measured value only from the same measure, municipality and time', () => {
    for (const r of rows) {
      const pi = placed(r.programme, r.indicator);
      expect(r.organisation).toBe(orgOf.get(r.programme));
      expect(r.direction, key(r)).toBe(directionOf(pi));
      const targets = pi.values.filter((v) => v.kind === 'target');
      if (r.status !== 'no-target')
        expect(
          targets.map((v) => v.text),
          key(r),
        ).toContain(r.targetText);
      const candidates = measuredFor(r);
      if (r.achievedProgramme === null) {
        // Nothing measured: there must be nothing to take (a target without a time is never compared).
        if (r.status !== 'no-time') expect(candidates, key(r)).toEqual([]);
        continue;
      }
      expect(orgOf.get(r.achievedProgramme), `${key(r)}: another municipality`).toBe(r.organisation);
      expect(candidates, key(r)).toContainEqual({
        programme: r.achievedProgramme,
        indicator: r.achievedIndicator,
        kind: r.achievedKind,
        value: r.achieved,
      });
      // A report wins over diagnosis data, and the indicator's own report over another edition's.
      if (candidates.some((c) => c.kind === 'achieved')) expect(r.achievedKind, key(r)).toBe('achieved');
      if (candidates.some((c) => c.kind === 'achieved' && c.programme === r.programme && c.indicator === r.indicator))
        expect([r.achievedProgramme, r.achievedIndicator], key(r)).toEqual([r.programme, r.indicator]);
    }
  });

  it('states the status and the exact ratio from target, achieved and direction', () => {
    for (const r of rows) {
      const words = r.unit === 'text' || (r.targetText !== null && r.target === null);
      const expected =
        r.targetText === null
          ? 'no-target'
          : r.periodStart === null
            ? 'no-time'
            : words
              ? 'text'
              : r.achievedProgramme === null
                ? 'no-value'
                : r.achieved === null
                  ? 'text'
                  : r.direction === null
                    ? 'no-direction'
                    : r.achieved === r.target
                      ? 'achieved'
                      : r.achieved > r.target! === (r.direction === 'higher')
                        ? 'exceeded'
                        : 'not-achieved';
      expect(r.status, key(r)).toBe(expected);
      const ratio =
        r.target !== null && r.target !== 0 && r.achieved !== null && r.targetText !== null && !words ? r.achieved / r.target : null;
      expect(r.ratio, key(r)).toBe(ratio);
    }
  });

  it('writes the same rows as CSV (no BOM) and XLSX, and the data package and /dane/ list them', async () => {
    const csv = readDist('dane/postep.csv');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed.length).toBe(rows.length);
    parsed.forEach((c, i) =>
      expect(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === '' ? null : v])), key(rows[i]!)).toEqual(
        Object.fromEntries(Object.entries(rows[i]!).map(([k, v]) => [k, v === null ? null : String(v)])),
      ),
    );
    const sheet = await readSheet(resolve(DIST, 'dane/postep.xlsx'));
    expect(sheet.length - 1).toBe(rows.length);
    const pkg = JSON.parse(readDist('dane/datapackage.json'));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['postep', 'postep-json', 'postep-xlsx']));
    const dane = readDist('dane/index.html');
    for (const f of ['postep.csv', 'postep.json', 'postep.xlsx']) expect(dane).toContain(`href="/dane/${f}"`);
    expect(dane).toContain('id="opis-kolumn-postep"');
  });
});

describe('reporting status pages', () => {
  const date = `Stan na ${polishDate(gitDate)} r.`;
  const comparedRows = rows.filter((r) => r.achievedProgramme !== null && r.targetText !== null);

  it('say, as of the last content change, which ended years of each programme have a report and what is missing', () => {
    expect(existsSync(resolve(DIST, 'sprawozdawczosc/index.html'))).toBe(true);
    for (const p of site.programmes) {
      const page = `programy/${p.slug}/sprawozdawczosc/index.html`;
      const text = pageText(page);
      expect(text, page).toContain(date);
      const endedYears = Array.from({ length: p.data.periodEnd - p.data.periodStart + 1 }, (_, i) => p.data.periodStart + i).filter(ended);
      const reported = p.reports.map((r) => r.data.year).filter(ended);
      const targets = rows.filter((r) => r.programme === p.slug && r.targetText !== null && r.year !== null && ended(r.year));
      if (endedYears.length === 0) expect(text).toContain(pt.reporting.noneEnded);
      else if (reported.length === 0) expect(text, page).toContain(pt.reporting.noReports);
      if (endedYears.length > 0 && targets.length === 0) expect(text, page).toContain(pt.reporting.noTargets);
      if (targets.length > 0 && targets.every((r) => r.achievedProgramme === null))
        expect(text, page).toContain(pt.reporting.nothingCompared);
      // The table of years has a row per ended year, never an empty table.
      const html = readDist(page);
      expect((html.match(/<th scope="row"[^>]*>\d{4}<\/th>/g) ?? []).length, page).toBe(endedYears.length);
      expect(readDist(`programy/${p.slug}/index.html`)).toContain(`href="/programy/${p.slug}/sprawozdawczosc/"`);
    }
  });

  it('the whole site’s page says plainly whether any target can be assessed', () => {
    const text = pageText('sprawozdawczosc/index.html');
    expect(text).toContain(date);
    if (comparedRows.length === 0) expect(text).toContain(pt.reporting.siteNothingCompared);
    else expect(text).not.toContain(pt.reporting.siteNothingCompared);
    for (const p of site.programmes)
      expect(readDist('sprawozdawczosc/index.html')).toContain(`href="/programy/${p.slug}/sprawozdawczosc/"`);
    expect(readDist('wskazniki/index.html')).toContain('href="/sprawozdawczosc/"');
  });

  it('indicator pages say which ended years have no report ("Brak sprawozdania za 2024 r.") and show compared targets in a table', () => {
    let checked = 0;
    for (const p of site.programmes)
      for (const pi of p.indicators) {
        const own = rows.filter((r) => r.programme === p.slug && r.indicator === pi.indicator.id);
        if (own.length === 0) continue;
        const page = `wskazniki/${p.slug}/${encodeURIComponent(pi.indicator.id)}/index.html`;
        const text = pageText(page);
        expect(text, page).toContain(date);
        const reports = new Set(p.reports.map((r) => r.data.year));
        const noReport = own
          .filter((r) => r.targetText !== null && r.achievedProgramme === null && r.year !== null && ended(r.year) && !reports.has(r.year))
          .map((r) => r.year!);
        if (noReport.length) {
          const runs = yearRuns(noReport);
          expect(text, page).toContain(
            (runs.length === 1 && runs[0]![0] === runs[0]![1]
              ? `Brak sprawozdania ${forYears(runs)}`
              : `Brak sprawozdań ${forYears(runs)}.`
            ).replace(/\u00a0/g, ' '),
          );
          checked++;
        }
        const compared = own.filter((r) => r.targetText !== null && r.achievedProgramme !== null);
        const html = readDist(page);
        expect(html.includes('id="realizacja-caption"'), page).toBe(compared.length > 0);
        for (const r of compared) expect(text, page).toContain(pt.statuses[r.status]);
      }
    expect(checked).toBeGreaterThan(0);
  });

  it('the method page exists and states the default direction, statistics as measured values and text targets', () => {
    const text = pageText('dane/metoda/index.html');
    for (const id of ['wartosc-osiagnieta', 'kierunek', 'stosunek', 'lata', 'slowa', 'stan-danych', 'statusy'])
      expect(readDist('dane/metoda/index.html')).toContain(`id="${id}"`);
    expect(text).toContain('domyślnie kierunku nie ma');
    expect(text).toContain('danych diagnozy');
    expect(text).toContain('nie dostaje statusu');
  });
});

if (CONTENT !== 'content')
  describe('the fixture: a target with its achieved value', () => {
    it('porady-a 2024: 1 260 against 1 200, more is better (its series) — exceeded, 105% on the page', () => {
      const r = rows.find((x) => x.programme === 'demo-2024-2026' && x.indicator === 'porady-a' && x.year === 2024)!;
      expect(r).toMatchObject({
        target: 1200,
        achieved: 1260,
        direction: 'higher',
        status: 'exceeded',
        ratio: 1.05,
        achievedKind: 'achieved',
        achievedSource: 'Sprawozdanie testowe',
      });
      const text = pageText('wskazniki/demo-2024-2026/porady-a/index.html');
      expect(text).toContain('105% celu');
      expect(text).toContain('sprawozdanie: Sprawozdanie testowe');
      expect(pageText('programy/demo-2024-2026/sprawozdawczosc/index.html')).toContain('cel przekroczony — 1');
    });
  });
