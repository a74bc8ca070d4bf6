import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { indicatorExportRows, programmeRows } from '../../src/lib/exportRows.ts';
import {
  compareText,
  emptyReasons,
  EXPLORER_PAGE_SIZE,
  explorerOptions,
  explorerRows,
  goalKey,
  labelMatches,
  narrowsOrSorts,
  parseQuery,
  rowMatches,
  toQuery,
  type RowKeys,
} from '../../src/lib/explorer.ts';
import { allExplorerPages, paginate, programmeExplorerPages } from '../../src/lib/explorerPages.ts';
import { indicatorSourceFiles, latestValue } from '../../src/lib/indicatorPage.ts';
import { formatDate } from '../../src/lib/format.ts';
import { explorerUrl, programmeIndicatorsUrl } from '../../src/lib/urls.ts';

const { raw } = checkContent(resolve('tests/fixtures/content'));
const site = buildSite(raw);
const demo = site.programmes.find((p) => p.slug === 'demo-2024-2026')!;
// The second programme of the fixture: unnumbered tasks, a target for the whole period, yearly budgets, an indicator without values.
const example = site.programmes.find((p) => p.slug === 'przyklad-2011-2020')!;
const rows = explorerRows(site);
const row = (id: string, programme = demo.slug) => rows.find((r) => r.indicator === id && r.keys.programme === programme)!;
const demoIds = demo.indicators.map((pi) => pi.indicator.id);

describe('explorer rows', () => {
  it('has one row per indicator of every programme, in the site order, each linking to its page', () => {
    expect(site.programmes.map((p) => p.slug)).toEqual([demo.slug, example.slug]);
    expect(rows.map((r) => r.indicator)).toEqual(site.programmes.flatMap((p) => p.indicators.map((pi) => pi.indicator.id)));
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
    expect(row('porady-a').url).toBe('/wskazniki/demo-2024-2026/porady-a/');
  });

  it('places each indicator in its programme, municipality, goal, task and action, with its implementers', () => {
    expect(row('porady-a')).toMatchObject({
      programmeTitle: 'Program testowy',
      municipalityName: 'Testowo',
      goal: '1',
      task: '1.1',
      action: 'Działanie A',
      label: 'Liczba porad',
      unitLabel: 'porad',
      implementers: ['OT', 'oświata'],
      keys: {
        programme: 'demo-2024-2026',
        municipality: 'demo',
        goal: '1',
        implementers: ['osrodek-demo', 'n:oświata'],
        unit: 'count',
        values: ['2024:target', '2025:target', '2024:achieved'],
      },
    });
    expect(row('stat-porady')).toMatchObject({ goal: '', task: '', action: '', implementers: [], keys: { goal: '', implementers: [] } });
  });

  it('lists values compactly by year in Polish format, values without a year last', () => {
    expect(row('porady-a').years).toEqual([
      {
        time: { kind: 'year', year: 2024 },
        label: '2024',
        values: [
          { kind: 'target', display: '1\u00a0200' },
          { kind: 'achieved', display: '1\u00a0260' },
        ],
      },
      { time: { kind: 'year', year: 2025 }, label: '2025', values: [{ kind: 'target', display: '1\u00a0250' }] },
    ]);
    expect(row('udzial-a').years[0]!.values[0]!.display).toBe('23,5%');
    expect(row('osoby-b').years).toEqual([
      { time: { kind: 'year', year: 2024 }, label: '2024', values: [{ kind: 'achieved', display: '7' }] },
    ]);
    expect(row('rezultat-gala').years[0]!.values[0]!.display).toBe('Organizacja gali');
  });

  it('says a range as a whole, yearly values with their years, and never either as one year', () => {
    expect(row('budzet-2.1').years).toEqual([
      {
        time: { kind: 'range', from: 2024, to: 2026 },
        label: '2024–2026 (łącznie)',
        values: [{ kind: 'budget', display: '12\u00a0667\u00a0680 zł' }],
      },
    ]);
    expect(row('uczestnicy-kampanii', example.slug).years.map((y) => y.label)).toEqual(['2011–2020 (łącznie)']);
    expect(row('budzet-1.2.1', example.slug).years.map((y) => y.label)).toEqual(['rocznie (2011–2020)']);
    expect(row('rezultat-gala').years.map((y) => y.label)).toEqual(['rocznie (2024–2026)']);
    expect(row('budzet-2.1').keys.values).toEqual(['2024-2026:budget']);
    expect(row('uczestnicy-kampanii', example.slug).keys.values).toEqual(['2011-2020:target']);
  });

  it('lists an indicator the document gives no value for, saying so in the values column', () => {
    const empty = row('osoby-objete-pomoca', example.slug);
    expect(empty).toMatchObject({
      years: [],
      noValues: 'dokument nie podaje wartości docelowej',
      keys: { values: [] },
      action: 'Dyżury specjalistów',
    });
    expect(row('porady-a').noValues).toBeUndefined();
  });

  it('gives a task only by the number the document prints: unnumbered tasks leave the column empty', () => {
    expect(row('uczestnicy-kampanii', example.slug)).toMatchObject({ goal: '1', task: '', action: 'Kampania informacyjna' });
  });
});

describe('explorer options', () => {
  const options = explorerOptions(site);
  it('offers only values that occur, goals grouped by programme', () => {
    expect(options.programme).toEqual([
      { value: 'demo-2024-2026', label: 'Program testowy (Testowo)' },
      { value: 'przyklad-2011-2020', label: 'Program przykładowy (Przykładowo)' },
    ]);
    expect(options.municipality).toEqual([
      { value: 'przyklad', label: 'Przykładowo' },
      { value: 'demo', label: 'Testowo' },
    ]);
    // A goal the document lists no actions for (przyklad goal 2) would filter to an empty table: not offered.
    expect(options.goal).toEqual([
      {
        label: 'Program testowy (Testowo)',
        options: [
          { value: 'demo-2024-2026:1', label: '1. Cel pierwszy' },
          { value: 'demo-2024-2026:2', label: '2. Cel drugi' },
        ],
      },
      { label: 'Program przykładowy (Przykładowo)', options: [{ value: 'przyklad-2011-2020:1', label: '1. Cel z harmonogramem' }] },
    ]);
    expect(options.implementer).toEqual([
      { value: 'osrodek-demo', label: 'Ośrodek Testowy (OT)' },
      { value: 'n:oświata', label: 'oświata' },
      { value: 'n:urząd gminy', label: 'urząd gminy' },
    ]);
    expect(options.unit).toEqual(['count', 'percent', 'currency', 'text']);
    // Years of values of one year only: a range or yearly values are not a value for one year.
    expect(options.year).toEqual([2021, 2022, 2024, 2025]);
    expect(options.kind).toEqual(['target', 'achieved', 'statistic', 'budget']);
  });
});

describe('explorer query and filters', () => {
  it('reads and writes the URL query, ignoring unknown keys, empty values and unknown sort columns', () => {
    const state = parseQuery('?year=2024&programme=demo-2024-2026&foo=1&unit=&sort=label');
    expect(state).toEqual({ filters: { programme: 'demo-2024-2026', year: '2024' }, sort: undefined, order: 'asc' });
    expect(toQuery(state)).toBe('?programme=demo-2024-2026&year=2024');
    expect(toQuery({ filters: {}, order: 'asc' })).toBe('');
    const sorted = parseQuery('?sort=indicator&order=desc&goal=demo-2024-2026%3A1');
    expect(sorted).toEqual({ filters: { goal: 'demo-2024-2026:1' }, sort: 'indicator', order: 'desc' });
    expect(parseQuery(toQuery(sorted))).toEqual(sorted);
  });

  const keys = (id: string): RowKeys => row(id).keys;
  const matching = (filters: Parameters<typeof rowMatches>[1]) => rows.filter((r) => rowMatches(r.keys, filters)).map((r) => r.indicator);

  it('filters by programme, municipality, goal (within its programme), implementer and unit', () => {
    expect(matching({})).toHaveLength(rows.length);
    expect(matching({ programme: 'demo-2024-2026', municipality: 'demo' })).toEqual(demoIds);
    expect(matching({ municipality: 'przyklad' })).toEqual(example.indicators.map((pi) => pi.indicator.id));
    expect(matching({ programme: 'inny' })).toEqual([]);
    expect(matching({ goal: goalKey('demo-2024-2026', '2') })).toEqual(['osoby-b', 'budzet-2.1']);
    expect(rowMatches({ ...keys('osoby-b'), programme: 'inny' }, { goal: goalKey('demo-2024-2026', '2') })).toBe(false);
    expect(matching({ goal: goalKey('przyklad-2011-2020', '1') })).toEqual(['uczestnicy-kampanii', 'osoby-objete-pomoca', 'budzet-1.2.1']);
    expect(matching({ implementer: 'n:oświata' })).toEqual(['porady-a', 'udzial-a', 'budzet-1.1.1']);
    expect(matching({ unit: 'percent' })).toEqual(['udzial-a']);
  });

  it('applies year and kind to the same value', () => {
    expect(matching({ year: '2025' })).toEqual(['porady-a']);
    expect(matching({ kind: 'statistic' })).toEqual(['stat-porady']);
    expect(matching({ year: '2024', kind: 'achieved' })).toEqual(['porady-a', 'osoby-b']);
    expect(matching({ year: '2025', kind: 'achieved' })).toEqual([]);
    expect(matching({ kind: 'budget' })).toEqual(['budzet-1.1.1', 'budzet-2.1', 'koszt-roczny', 'budzet-1.2.1']);
  });

  it('matches no year filter with a value for a range or for each year of one', () => {
    for (const year of ['2011', '2015', '2020', '2024', '2026']) {
      expect(matching({ year }), year).not.toContain('uczestnicy-kampanii');
      expect(matching({ year }), year).not.toContain('budzet-1.2.1');
      expect(matching({ year }), year).not.toContain('budzet-2.1');
    }
    expect(matching({ kind: 'target', programme: 'przyklad-2011-2020' })).toEqual(['uczestnicy-kampanii']);
  });

  it('keeps the keyword in the URL, first, and ignores a blank one', () => {
    const state = parseQuery('?year=2024&q=porad%C3%B3w+rodzin');
    expect(state.filters).toEqual({ q: 'poradów rodzin', year: '2024' });
    expect(toQuery(state)).toBe('?q=porad%C3%B3w+rodzin&year=2024');
    expect(parseQuery('?q=').filters).toEqual({});
  });

  it('matches every word of the keyword in the label, ignoring case and Polish diacritics', () => {
    expect(labelMatches('Liczba porad udzielonych w Łodzi', 'PORAD')).toBe(true);
    expect(labelMatches('Liczba porad udzielonych w Łodzi', 'lodzi porad')).toBe(true);
    expect(labelMatches('Liczba osób objętych pomocą', 'objetych osob')).toBe(true);
    expect(labelMatches('Liczba porad', 'porad osób')).toBe(false);
    expect(labelMatches('Liczba porad', '  ')).toBe(true);
    expect(matching({ q: 'porad' })).toEqual(['porady-a', 'stat-porady']);
    expect(matching({ q: 'liczba' })).toEqual(['porady-a', 'osoby-b', 'stat-porady', 'uczestnicy-kampanii', 'osoby-objete-pomoca']);
    expect(matching({ q: 'srodki dzialanie b' })).toEqual(['budzet-2.1']);
    expect(matching({ q: 'nie ma takiego słowa' })).toEqual([]);
    // The keyword narrows together with the other filters.
    expect(matching({ q: 'liczba', kind: 'statistic' })).toEqual(['stat-porady']);
    expect(matching({ q: 'udział', unit: 'count' })).toEqual([]);
  });

  it('needs every row when something is filtered or sorted, only its page otherwise', () => {
    expect(narrowsOrSorts({ filters: {}, order: 'asc' })).toBe(false);
    expect(narrowsOrSorts({ filters: { q: 'porad' }, order: 'asc' })).toBe(true);
    expect(narrowsOrSorts({ filters: {}, sort: 'goal', order: 'asc' })).toBe(true);
  });

  it('sorts as a Polish reader expects', () => {
    expect(['I.10', 'I.2', 'I.1'].sort(compareText)).toEqual(['I.1', 'I.2', 'I.10']);
    expect(['Łódź', 'Lublin', 'Zamość', 'Ząbki'].sort(compareText)).toEqual(['Lublin', 'Łódź', 'Zamość', 'Ząbki']);
  });
});

describe('one indicator', () => {
  const pi = (id: string) => demo.indicators.find((x) => x.indicator.id === id)!;

  it('exports exactly its own rows of the programme export', () => {
    for (const p of site.programmes)
      for (const x of p.indicators)
        expect(indicatorExportRows(p, x, 'https://example.org')).toEqual(
          programmeRows(p, 'https://example.org').filter((r) => r.indicator === x.indicator.id),
        );
  });

  it('finds the latest value: latest year, achieved before target', () => {
    expect(latestValue(pi('porady-a'))).toMatchObject({ year: 2025, kind: 'target', value: 1250 });
    expect(latestValue(pi('osoby-b'))).toMatchObject({ year: 2024, kind: 'achieved', value: 7 });
    expect(latestValue(pi('budzet-2.1'))).toMatchObject({ kind: 'budget', value: 12667680 });
    const both = {
      ...pi('porady-a'),
      values: [
        ...pi('porady-a').values,
        { year: 2025, time: { kind: 'year' as const, year: 2025 }, kind: 'achieved' as const, value: 1300, text: '1300' },
      ],
    };
    expect(latestValue(both)).toMatchObject({ kind: 'achieved', value: 1300 });
  });

  it('takes a value of one year before a range, the range ending last among ranges, and has none without values', () => {
    const base = pi('porady-a');
    const range = (from: number, to: number, value: number) => ({
      time: { kind: 'range' as const, from, to },
      kind: 'target' as const,
      value,
      text: String(value),
    });
    expect(latestValue({ ...base, values: [range(2024, 2030, 5), range(2024, 2026, 3)] })).toMatchObject({ value: 5 });
    expect(latestValue({ ...base, values: [range(2024, 2030, 5), ...base.values] })).toMatchObject({ year: 2025, value: 1250 });
    expect(latestValue(example.indicators.find((x) => x.indicator.id === 'uczestnicy-kampanii')!)).toMatchObject({
      time: { kind: 'range', from: 2011, to: 2020 },
      value: 500,
    });
    expect(latestValue(example.indicators.find((x) => x.indicator.id === 'osoby-objete-pomoca')!)).toBeUndefined();
  });

  it('knows the files its values come from (its own and the reports)', () => {
    expect(indicatorSourceFiles(demo, pi('udzial-a'))).toEqual([pi('udzial-a').file]);
    const files = indicatorSourceFiles(demo, pi('osoby-b'));
    expect(files).toHaveLength(2);
    expect(files[1]).toMatch(/reports\/2024\.mdx$/);
  });

  it('writes dates in Polish', () => {
    expect(formatDate('2025-01-12')).toBe('12 stycznia 2025');
  });
});

describe('explorer pages', () => {
  const url = (n: number) => `/t/${n}/`;
  it('splits rows into pages of the page size, every row on exactly one page, in order', () => {
    const items = Array.from({ length: 2 * EXPLORER_PAGE_SIZE + 3 }, (_, i) => i);
    const pages = paginate(items, url);
    expect(pages.map((p) => p.rows.length)).toEqual([EXPLORER_PAGE_SIZE, EXPLORER_PAGE_SIZE, 3]);
    expect(pages.flatMap((p) => p.rows)).toEqual(items);
    expect(pages.map((p) => [p.page, p.from, p.to, p.total])).toEqual([
      [1, 1, EXPLORER_PAGE_SIZE, items.length],
      [2, EXPLORER_PAGE_SIZE + 1, 2 * EXPLORER_PAGE_SIZE, items.length],
      [3, 2 * EXPLORER_PAGE_SIZE + 1, items.length, items.length],
    ]);
    for (const p of pages) expect(p.urls).toEqual(['/t/1/', '/t/2/', '/t/3/']);
  });

  it('has one page for a short table and one empty page for no rows', () => {
    expect(paginate([1, 2], url, 2).map((p) => p.rows)).toEqual([[1, 2]]);
    expect(paginate([], url)).toEqual([{ page: 1, rows: [], from: 0, to: 0, total: 0, urls: ['/t/1/'] }]);
  });

  it("puts page 1 at the explorer's own address and page N under strona/N/", () => {
    expect(explorerUrl()).toBe('/wskazniki/');
    expect(explorerUrl(2)).toBe('/wskazniki/strona/2/');
    expect(programmeIndicatorsUrl('demo-2024-2026')).toBe('/wskazniki/demo-2024-2026/');
    expect(programmeIndicatorsUrl('demo-2024-2026', 3)).toBe('/wskazniki/demo-2024-2026/strona/3/');
    expect(allExplorerPages(site).flatMap((p) => p.rows)).toEqual(rows);
    expect(programmeExplorerPages(site, demo)[0]!.urls[0]).toBe('/wskazniki/demo-2024-2026/');
    expect(
      programmeExplorerPages(site, example)
        .flatMap((p) => p.rows)
        .map((r) => r.indicator),
    ).toEqual(example.indicators.map((pi) => pi.indicator.id));
  });
});

describe('why a filtered view is empty', () => {
  const keys = (label: string, programme: string, unit: string, values: string[]): RowKeys => ({
    label,
    programme,
    municipality: 'krakow',
    goal: 'I',
    implementers: [],
    unit,
    values,
  });
  const rows = [
    keys('Liczba porad', 'a', 'count', ['2024:target', '2025:achieved']),
    keys('Odsetek osób', 'a', 'percent', ['2024:target']),
    keys('Liczba szkoleń', 'b', 'count', ['2026:target']),
  ];

  it('names each filter without which rows would match, with their count', () => {
    // Programme b has no value for 2024: dropping the year gives its one row, dropping the programme two rows of a.
    const filters = { programme: 'b', year: '2024' };
    expect(rows.filter((r) => rowMatches(r, filters))).toEqual([]);
    expect(emptyReasons(rows, filters)).toEqual([
      { key: 'programme', count: 2 },
      { key: 'year', count: 1 },
    ]);
  });

  it('names only the filter that excludes everything on its own', () => {
    expect(emptyReasons(rows, { q: 'porad', unit: 'text' })).toEqual([{ key: 'unit', count: 1 }]);
  });

  it('names none when only clearing several filters brings rows back', () => {
    const filters = { q: 'zzz', unit: 'text' };
    expect(rows.filter((r) => rowMatches(r, filters))).toEqual([]);
    expect(emptyReasons(rows, filters)).toEqual([]);
  });
});
