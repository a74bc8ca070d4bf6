// The change history from hand-made versions of a programme's files (src/lib/history.ts): what is
// an event (added, changed from → to, removed) and what is not (a version in today's schema of the
// same value, another YAML spelling, a version that cannot be read); and the Atom writer.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildHistory, latestEvents, type ContentCommit } from '../../src/lib/history.ts';
import { atomFeed, xmlEscape } from '../../src/lib/atom.ts';

const P = 'programmes/demo';
const index = `---
title: Program
shortTitle: Program
organisation: gmina
periodStart: 2024
periodEnd: 2026
document: { title: Uchwała }
---
Treść.
`;
/** A goal file with one action whose indicator "porady" has the given value lines. */
const goal = (values: string, extra = '') => `---
id: "1"
order: 1
title: Cel
tasks:
  - id: "1.1"
    title: Zadanie
    actions:
      - title: Działanie
        indicators:
          - id: porady
            label: Liczba porad
            unit: count
            unitLabel: porad
            values:
${values}
${extra}---
`;
const v = (fields: string) => `              - { ${fields} }`;

let n = 0;
/** A commit on the given day with the given files ([path under the programme, text or null]). */
function commit(day: string, files: [string, string | null][]): ContentCommit {
  n++;
  return {
    hash: `${String(n).padStart(2, '0')}${'a'.repeat(38)}`,
    time: `2025-${day}T10:00:00+00:00`,
    files: new Map(files.map(([path, text]) => [`${P}/${path}`, text])),
  };
}
const eventsOf = (commits: ContentCommit[], id = 'porady') => buildHistory(commits).get('demo')!.indicators.get(id)!;

describe('history of an indicator', () => {
  const first = commit('01-10', [
    ['index.mdx', index],
    ['goals/1.mdx', goal(v('year: 2024, kind: target, value: 1200, text: "1 200 porad"'))],
  ]);

  it('the first version publishes the indicator: no event, its date and commit', () => {
    const h = eventsOf([first]);
    expect(h.events).toEqual([]);
    expect(h.published).toEqual({ date: '2025-01-10', time: '2025-01-10T10:00:00+00:00', hash: first.hash });
    expect(buildHistory([first]).get('demo')!.published!.date).toBe('2025-01-10');
  });

  it('a corrected number is a change from → to with the commit’s date and hash', () => {
    const fix = commit('03-05', [['goals/1.mdx', goal(v('year: 2024, kind: target, value: 1250, text: "1 250 porad"'))]]);
    const [e, ...rest] = eventsOf([first, fix]).events;
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ type: 'changed', date: '2025-03-05', hash: fix.hash, indicator: 'porady', label: 'Liczba porad' });
    expect(e!.from).toEqual({ kind: 'target', time: { kind: 'year', year: 2024 }, value: 1200, text: '1 200 porad', unit: 'count' });
    expect(e!.to).toMatchObject({ value: 1250, text: '1 250 porad' });
  });

  it('a corrected wording with the same number is a change too', () => {
    const fix = commit('03-06', [['goals/1.mdx', goal(v('year: 2024, kind: target, value: 1200, text: "1 200 porad prawnych"'))]]);
    expect(eventsOf([first, fix]).events.map((e) => [e.type, e.from?.text, e.to?.text])).toEqual([
      ['changed', '1 200 porad', '1 200 porad prawnych'],
    ]);
  });

  it('a value for another year is added, a value taken out is removed', () => {
    const both = commit('04-01', [
      [
        'goals/1.mdx',
        goal(
          `${v('year: 2024, kind: target, value: 1200, text: "1 200 porad"')}\n${v('year: 2025, kind: target, value: 1300, text: "1 300 porad"')}`,
        ),
      ],
    ]);
    const only2025 = commit('05-01', [['goals/1.mdx', goal(v('year: 2025, kind: target, value: 1300, text: "1 300 porad"'))]]);
    const events = eventsOf([first, both, only2025]).events;
    expect(events.map((e) => [e.date, e.type, e.from?.value, e.to?.value])).toEqual([
      ['2025-04-01', 'added', undefined, 1300],
      ['2025-05-01', 'removed', 1200, undefined],
    ]);
  });

  it('the same value written in another YAML form (block instead of flow, quoted differently) is no change', () => {
    const block = commit('02-01', [
      [
        'goals/1.mdx',
        goal(`              - year: 2024\n                kind: target\n                value: 1200\n                text: '1 200 porad'`),
      ],
    ]);
    expect(eventsOf([first, block]).events).toEqual([]);
  });

  it('a time stated for the first time (old schema without time fields) is the same value, not a change', () => {
    const old = commit('01-02', [
      ['index.mdx', index],
      ['goals/1.mdx', goal(v('kind: target, value: 10, text: "10 posiedzeń"'))],
    ]);
    const annual = commit('02-02', [['goals/1.mdx', goal(v('annual: true, kind: target, value: 10, text: "10 posiedzeń"'))]]);
    const range = commit('02-03', [['goals/1.mdx', goal(v('from: 2024, to: 2026, kind: target, value: 10, text: "10 posiedzeń"'))]]);
    expect(eventsOf([old, annual]).events).toEqual([]);
    // From a stated time to another is a real change of when the value holds.
    expect(eventsOf([old, annual, range]).events.map((e) => [e.type, e.from?.time.kind ?? e.to?.time.kind])).toEqual([
      ['removed', 'annual'],
      ['added', 'range'],
    ]);
  });

  it('a time stated together with a new number is reported: the old value removed, the new added', () => {
    const old = commit('01-02', [
      ['index.mdx', index],
      ['goals/1.mdx', goal(v('kind: target, value: 10, text: "10 posiedzeń"'))],
    ]);
    const changed = commit('02-02', [['goals/1.mdx', goal(v('annual: true, kind: target, value: 12, text: "12 posiedzeń"'))]]);
    expect(eventsOf([old, changed]).events.map((e) => [e.type, e.from?.value ?? e.to?.value])).toEqual([
      ['removed', 10],
      ['added', 12],
    ]);
  });

  it('a version that cannot be read is skipped: the next readable one is compared with the last readable one', () => {
    const broken = commit('02-01', [['goals/1.mdx', goal(v('year: 2024, kind: target, value: [1250, text: "1 250 porad"'))]]);
    const fixed = commit('02-02', [['goals/1.mdx', goal(v('year: 2024, kind: target, value: 1250, text: "1 250 porad"'))]]);
    const events = eventsOf([first, broken, fixed]).events;
    expect(events.map((e) => [e.date, e.type, e.from?.value, e.to?.value])).toEqual([['2025-02-02', 'changed', 1200, 1250]]);
  });

  it('old versions missing lists today’s schema fills in (no values, no actions in a task) are read without failing', () => {
    const bare = commit('01-02', [
      ['index.mdx', index],
      ['goals/1.mdx', '---\nid: "1"\norder: 1\ntitle: Cel\ntasks:\n  - id: "1.1"\n    title: Zadanie\n---\n'],
    ]);
    const noValues = commit('01-03', [['goals/1.mdx', goal('').replace('            values:\n\n', '')]]);
    const withValue = commit('01-04', [['goals/1.mdx', goal(v('year: 2024, kind: target, value: 5, text: "5 porad"'))]]);
    const h = eventsOf([bare, noValues, withValue]);
    expect(h.published.date).toBe('2025-01-03');
    expect(h.events.map((e) => [e.type, e.to?.value])).toEqual([['added', 5]]);
  });

  it('a new report adds achieved values marked with its year; a later correction of the report is a change', () => {
    const report = (value: number) =>
      `---\nyear: 2024\ntitle: Sprawozdanie\ndocument: Sprawozdanie 2024\nvalues:\n  - { indicator: porady, value: ${value}, text: "${value} porad" }\n---\n`;
    const r1 = commit('06-01', [['reports/2024.mdx', report(1100)]]);
    const r2 = commit('07-01', [['reports/2024.mdx', report(1110)]]);
    const history = buildHistory([first, r1, r2]).get('demo')!;
    expect(history.reports).toEqual([{ year: 2024, date: '2025-06-01', time: '2025-06-01T10:00:00+00:00', hash: r1.hash }]);
    const events = history.indicators.get('porady')!.events;
    expect(events.map((e) => [e.date, e.type, e.report, e.from?.value, e.to?.value, e.to?.kind])).toEqual([
      ['2025-06-01', 'added', 2024, undefined, 1100, 'achieved'],
      ['2025-07-01', 'changed', undefined, 1100, 1110, 'achieved'],
    ]);
    expect(latestEvents(history, 1).map((e) => e.date)).toEqual(['2025-07-01']);
  });

  it('a deleted goal file removes its values; an indicator added later is published then, with no event', () => {
    const second = commit('08-01', [
      [
        'goals/2.mdx',
        goal(v('year: 2025, kind: target, value: 7, text: "7 porad"'))
          .replace(/porady/, 'nowe')
          .replace('id: "1"', 'id: "2"'),
      ],
    ]);
    const gone = commit('09-01', [['goals/1.mdx', null]]);
    const history = buildHistory([first, second, gone]).get('demo')!;
    expect(history.indicators.get('nowe')).toEqual({ published: expect.objectContaining({ date: '2025-08-01' }), events: [] });
    expect(history.indicators.get('porady')!.events.map((e) => [e.date, e.type, e.from?.value])).toEqual([['2025-09-01', 'removed', 1200]]);
  });
});

describe('Atom writer', () => {
  it('escapes the XML specials and drops characters XML forbids', () => {
    expect(xmlEscape(`a & b < c > d "e" 'f'\u0001`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('writes a well-formed feed with the required elements and the newest entry’s time as updated', () => {
    const xml = atomFeed({
      id: 'tag:miernik,2026:zmiany',
      title: 'Zmiany & poprawki <test>',
      self: 'https://example.org/zmiany.xml?a=1&b=2',
      alternate: 'https://example.org/',
      author: 'Miernik',
      fallbackUpdated: '1970-01-01T00:00:00Z',
      lang: 'pl',
      entries: [
        { id: 'tag:miernik,2026:a', title: 'Łódź „cudzysłów”', updated: '2025-01-01T00:00:00Z', link: '/a/', summary: '1 < 2' },
        { id: 'tag:miernik,2026:b', title: 'B', updated: '2025-03-01T00:00:00Z', link: '/b/', summary: 'x' },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Zmiany & poprawki <test>');
    expect(feed.updated).toBe('2025-03-01T00:00:00Z');
    expect(feed.author.name).toBe('Miernik');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe('https://example.org/zmiany.xml?a=1&b=2');
    expect(feed.entry.map((e: Record<string, string>) => [e.title, e.summary])).toEqual([
      ['Łódź „cudzysłów”', '1 < 2'],
      ['B', 'x'],
    ]);
  });

  it('a feed without entries takes the fallback time', () => {
    const xml = atomFeed({
      id: 'x:y',
      title: 'T',
      self: '/f',
      alternate: '/',
      author: 'A',
      fallbackUpdated: '1970-01-01T00:00:00Z',
      lang: 'pl',
      entries: [],
    });
    expect(new XMLParser().parse(xml).feed.updated).toBe('1970-01-01T00:00:00Z');
  });
});
