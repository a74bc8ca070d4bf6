// Programmes of other shapes than Kraków's, on the built pages: the fixture's przyklad-2011-2020
// has unnumbered tasks, schedules ("Termin realizacji") and funding, a target for the whole period,
// an indicator without values, a yearly budget, a goal without actions, an unknown status and the
// document's URL. And, on every page of the real site and of the fixture: each value's time is said
// as the content gives it — a range as a whole never "rocznie", yearly values never one year or the
// whole period — judged from the content (the site model), not from what the pages happened to say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite, placeActions, type PlacedIndicator, type ProgrammeModel, type SiteModel } from '../../src/lib/model.ts';
import type { ValueTime } from '../../src/lib/valueTime.ts';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';
import { polish } from '../support/contentValues.ts';

const REAL_CONTENT = process.env.MIERNIK_CONTENT ?? 'content';
const siteOf = (dir: string): SiteModel => buildSite(checkContent(resolve(dir)).raw);

const { dir, out, cache } = buildFolder('shapes-');
beforeAll(() => {
  const env = { ...process.env, MIERNIK_CONTENT: FIXTURE, MIERNIK_OUT: out, MIERNIK_CACHE_DIR: cache, MIERNIK_ALLOW_SHALLOW: '1' };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (root: string, path: string) => parse(readFileSync(join(root, path), 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const main = (root: string, path: string) => page(root, path).querySelector('main')!;
/** The <dd> after each <dt> of a facts list, by the <dt>'s text (several for a repeated <dt>). */
function facts(dl: HTMLElement): [string, string][] {
  const out: [string, string][] = [];
  let term = '';
  for (const el of dl.childNodes as HTMLElement[]) {
    if (el.tagName === 'DT') term = text(el);
    else if (el.tagName === 'DD') out.push([term, text(el)]);
  }
  return out;
}

describe('a programme of another shape (fixture przyklad-2011-2020)', () => {
  const P = 'programy/przyklad-2011-2020';
  const site = siteOf(FIXTURE);
  const p = site.programmes.find((x) => x.slug === 'przyklad-2011-2020')!;
  const goal = (id: string) => p.goals.find((g) => g.data.id === id)!.data;

  it('the fixture has the shapes this file checks', () => {
    expect(p.data.status).toBe('unknown');
    expect(p.data.document.url).toMatch(/^https:/);
    expect(goal('1').tasks.every((task) => task.id === undefined)).toBe(true);
    expect(placeActions(goal('2'))).toEqual([]);
    expect(p.indicators.find((pi) => pi.indicator.id === 'osoby-objete-pomoca')!.values).toEqual([]);
  });

  describe('goal 1: unnumbered tasks, schedules, funding', () => {
    const html = () => main(out, `${P}/cele/1/index.html`);

    it('heads tasks and actions with their titles, never with a number the document does not print', () => {
      const root = html();
      expect(
        root
          .querySelectorAll('h2')
          .map(text)
          .filter((h) => h.startsWith('Zadanie')),
      ).toEqual(goal('1').tasks.map((task) => `Zadanie: ${task.title}`));
      const actions = placeActions(goal('1'));
      expect(root.querySelectorAll('article.action').map((a) => [a.getAttribute('aria-labelledby'), text(a.querySelector('h3'))])).toEqual(
        actions.map((a) => [`dzialanie-${a.actionId}`, `Działanie: ${a.action.title}`]),
      );
      // Anchors keep the positional ids; no heading, caption or text shows one.
      for (const a of actions) expect(root.querySelector(`[id="dzialanie-${a.actionId}"]`), a.actionId).not.toBeNull();
      expect(text(root)).not.toMatch(/Zadanie 1\.\d|Działanie 1\.\d|działania 1\.\d|undefined/);
      expect(root.querySelectorAll('caption').map(text)).toContain('Mierniki działania: Kampania informacyjna');
    });

    it('lists "Termin realizacji" in the document’s words (its years only where the words lack them) and "Źródło finansowania"', () => {
      const byAction = new Map(
        html()
          .querySelectorAll('article.action')
          .map((a) => [text(a.querySelector('h3')).replace(/^Działanie: /, ''), facts(a.querySelector('dl.facts')!)]),
      );
      expect(byAction.get('Kampania informacyjna')).toEqual(
        expect.arrayContaining([
          ['Termin realizacji', 'III kwartał 2013'],
          ['Źródło finansowania', 'budżet gminy'],
        ]),
      );
      expect(byAction.get('Dyżury specjalistów')).toEqual(
        expect.arrayContaining([
          ['Termin realizacji', '2011–2020'],
          ['Źródło finansowania', 'środki własne ośrodka'],
        ]),
      );
      expect(byAction.get('Szkolenia corocznie')).toEqual(
        expect.arrayContaining([
          ['Termin realizacji', 'corocznie (w latach 2011–2020)'],
          ['Planowane środki', '2 000 zł (rocznie w latach 2011–2020)'],
        ]),
      );
      expect(byAction.get('Pomoc doraźna')).toEqual([['Termin realizacji', 'w miarę potrzeb']]);
      // Unit codes keep their own label; schedules and funding are not indicators.
      for (const [, list] of byAction) expect(list.map(([dt]) => dt)).not.toContain('Kod jednostki / źródło finansowania');
    });

    it('says "w latach 2011–2020" for the whole-period target and that the document gives no value for the other measure', () => {
      const tables = html()
        .querySelectorAll('table')
        .filter((tb) => !tb.classList.contains('chart-table'));
      const campaign = tables.find((tb) => text(tb.querySelector('caption')) === 'Mierniki działania: Kampania informacyjna')!;
      expect(campaign.querySelectorAll('thead th').map(text)).toEqual(['Miernik', 'Jednostka', '2011–2020 (łącznie)']);
      expect(campaign.querySelectorAll('tbody td').map(text)).toEqual(['osób', '500']);
      const duty = tables.find((tb) => text(tb.querySelector('caption')) === 'Mierniki działania: Dyżury specjalistów')!;
      expect(duty.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text))).toEqual([
        ['Liczba osób objętych pomocą', 'osób', 'dokument nie podaje wartości docelowej'],
      ]);
      expect(text(html())).not.toMatch(/\brocznie\b(?! w latach 2011–2020)/);
    });
  });

  it('goal 2 (no actions): title, body and one plain line, no empty tables or headings', () => {
    const root = main(out, `${P}/cele/2/index.html`);
    expect(text(root.querySelector('h1'))).toBe('Cel 2: Cel bez działań');
    expect(root.querySelectorAll('p').map(text)).toContain('Dokument nie wymienia działań dla tego celu.');
    expect(text(root)).toContain('Dokument opisuje ten cel, ale nie wymienia jeszcze działań.');
    expect(root.querySelectorAll('table')).toHaveLength(0);
    // The goal has a summary for residents ("W skrócie") and its description; nothing else.
    expect(root.querySelectorAll('h2').map(text)).toEqual(['W skrócie', 'Opis celu']);
    for (const h of root.querySelectorAll('h2, h3')) expect(text(h.nextElementSibling), text(h)).not.toBe('');
  });

  describe('the programme page', () => {
    const root = () => main(out, `${P}/index.html`);

    it('says the document gives no status and links the source document as „Źródło”', () => {
      const list = facts(root().querySelector('dl.facts')!);
      expect(list).toContainEqual(['Status', 'dokument nie podaje statusu']);
      expect(list).toContainEqual(['Źródło', `${p.data.document.url} (strona zewnętrzna)`]);
      const link = root().querySelector(`dl.facts a[href="${p.data.document.url}"]`)!;
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.classList.contains('external')).toBe(true);
    });

    it('lists both goals, the one without actions saying so', () => {
      const items = root().querySelectorAll('ol.goal-list li').map(text);
      expect(items).toEqual(['Cel 1: Cel z harmonogramem', 'Cel 2: Cel bez działań — dokument nie wymienia działań']);
    });

    it('shows the yearly budget as yearly, in its row and its sum, never for the whole period', () => {
      const table = root()
        .querySelectorAll('table')
        .find((tb) => text(tb.querySelector('caption')).startsWith('Planowane środki według działań'))!;
      expect(table.querySelectorAll('thead th').map(text)).toEqual(['Zadanie', 'Działanie', 'Okres', 'Wartość']);
      expect(table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text))).toEqual([
        ['Zadanie bez numeru drugie', 'Szkolenia corocznie', 'rocznie w latach 2011–2020', '2 000 zł'],
      ]);
      expect(table.querySelectorAll('tfoot tr').map((tr) => tr.querySelectorAll('th, td').map(text))).toEqual([
        ['Suma planowanych środków w działaniach (rocznie w latach 2011–2020)', '2 000 zł'],
      ]);
    });

    it('the programme lists (/programy/, the municipality) say the status is not given', () => {
      for (const path of ['programy/index.html', 'gminy/przyklad/index.html']) {
        const card = main(out, path)
          .querySelectorAll('article')
          .find((a) => text(a.querySelector('h2, h3')) === p.data.shortTitle)!;
        expect(text(card), path).toContain(`${p.organisation.data.shortName} · 2011–2020 · dokument nie podaje statusu`);
      }
    });
  });

  describe('indicator pages', () => {
    it('an indicator without values has its page, which says the document gives no value', () => {
      const root = main(out, 'wskazniki/przyklad-2011-2020/osoby-objete-pomoca/index.html');
      expect(text(root.querySelector('h1'))).toBe('Liczba osób objętych pomocą');
      expect(root.querySelectorAll('p').map(text)).toContain('Dokument nie podaje wartości docelowej.');
      expect(root.querySelector('table#wartosci')).toBeNull();
      const list = facts(root.querySelector('dl.facts')!);
      expect(list).toContainEqual(['Zadanie', 'Zadanie bez numeru pierwsze']);
      expect(list).toContainEqual(['Działanie', 'Dyżury specjalistów']);
      const description = page(out, 'wskazniki/przyklad-2011-2020/osoby-objete-pomoca/index.html')
        .querySelector('meta[name="description"]')!
        .getAttribute('content');
      expect(description).toContain('Dokument nie podaje wartości docelowej.');
    });

    it('an indicator without values offers no empty files of its own; one with values offers both, each holding its rows', () => {
      const links = (path: string) =>
        main(out, path)
          .querySelectorAll('a')
          .map((a) => a.getAttribute('href') ?? '');
      const none = links('wskazniki/przyklad-2011-2020/osoby-objete-pomoca/index.html');
      expect(none.filter((href) => href.startsWith('/dane/wskazniki/'))).toEqual([]);
      expect(none).toContain('/dane/mierniki.csv');
      expect(existsSync(join(out, 'dane/wskazniki/przyklad-2011-2020/osoby-objete-pomoca.csv'))).toBe(false);
      const own = links('wskazniki/przyklad-2011-2020/uczestnicy-kampanii/index.html').filter((h) => h.startsWith('/dane/wskazniki/'));
      expect(own).toEqual([
        '/dane/wskazniki/przyklad-2011-2020/uczestnicy-kampanii.csv',
        '/dane/wskazniki/przyklad-2011-2020/uczestnicy-kampanii.json',
      ]);
      const rows = JSON.parse(readFileSync(join(out, own[1]!.slice(1)), 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
    });

    it('the whole-period target is "w latach 2011–2020", in the lead and in the table', () => {
      const root = main(out, 'wskazniki/przyklad-2011-2020/uczestnicy-kampanii/index.html');
      expect(text(root.querySelector('p.lead'))).toBe('Najnowsza wartość — w latach 2011–2020, cel (plan): 500.');
      expect(root.querySelectorAll('#wartosci thead th').map(text)[0]).toBe('Okres');
      expect(root.querySelectorAll('#wartosci tbody th').map(text)).toEqual(['w latach 2011–2020']);
    });
  });

  it('the explorers list the indicator without values, with the sentence in the values column', () => {
    for (const path of ['wskazniki/przyklad-2011-2020/index.html', 'wskazniki/index.html']) {
      const tr = main(out, path).querySelector('a[href="/wskazniki/przyklad-2011-2020/osoby-objete-pomoca/"]')!.closest('tr')!;
      expect(text(tr.querySelector('td.v')), path).toBe('dokument nie podaje wartości docelowej');
      const campaign = main(out, path).querySelector('a[href="/wskazniki/przyklad-2011-2020/uczestnicy-kampanii/"]')!.closest('tr')!;
      expect(text(campaign.querySelector('td.v')), path).toBe('2011–2020 (łącznie): cel 500');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Time words on every page, judged against the content.

/**
 * Whether a label truthfully says a time, in the long form ("w latach 2025–2027", "rocznie w
 * latach 2024–2030", "dokument nie podaje roku") or the short one of table headers ("2025–2027
 * (łącznie)", "rocznie (2024–2030)", "bez roku"). Written from the wording, not from src/.
 */
function says(label: string, time: ValueTime): boolean {
  if (time.kind === 'year') return label === String(time.year);
  if (time.kind === 'none') return label === 'dokument nie podaje roku' || label === 'bez roku';
  const span = `${time.from}–${time.to}`;
  if (!label.includes(span)) return false;
  if (time.kind === 'range')
    return !/rocznie|co roku|cały okres/.test(label) && (label.startsWith('w latach ') || label.includes('(łącznie)'));
  return /^rocznie\b/.test(label);
}
const describeTime = (t: ValueTime) => (t.kind === 'year' ? String(t.year) : t.kind === 'none' ? 'no time' : `${t.kind} ${t.from}–${t.to}`);

interface Scan {
  site: SiteModel;
  root: string;
}

function indicatorByUrl(site: SiteModel): Map<string, { p: ProgrammeModel; pi: PlacedIndicator }> {
  return new Map(
    site.programmes.flatMap((p) =>
      p.indicators.map((pi) => [`/wskazniki/${p.slug}/${encodeURIComponent(pi.indicator.id)}/`, { p, pi }] as const),
    ),
  );
}

describe.each([
  ['the real site', () => ({ site: siteOf(REAL_CONTENT), root: DIST })],
  ['the fixture', () => ({ site: siteOf(FIXTURE), root: out })],
] as [string, () => Scan][])('time words on every page of %s', (_, scan) => {
  let s: Scan;
  let pages: string[] = [];
  let byUrl: ReturnType<typeof indicatorByUrl>;
  beforeAll(() => {
    s = scan();
    pages = htmlPages(s.root);
    byUrl = indicatorByUrl(s.site);
  });

  it('indicator pages: each value’s row says its time, and the lead the latest one’s', () => {
    let checked = 0;
    for (const [url, { pi }] of byUrl) {
      const root = main(s.root, `${url.slice(1)}index.html`.replace(/%[0-9A-F]{2}/g, decodeURIComponent));
      const rows = root.querySelectorAll('table#wartosci tbody tr');
      expect(rows.length, url).toBe(pi.values.length);
      rows.forEach((tr, i) => {
        const label = text(tr.querySelector('th'));
        expect(says(label, pi.values[i]!.time), `${url}: „${label}” for ${describeTime(pi.values[i]!.time)}`).toBe(true);
        checked++;
      });
      const lead = /^Najnowsza wartość — (.+?), [^,]+: /.exec(text(root.querySelector('p.lead')));
      if (lead)
        expect(
          pi.values.some((v) => says(lead[1]!, v.time)),
          `${url}: lead „${lead[1]}”`,
        ).toBe(true);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('indicator tables of goal and programme pages: a column per time, each cell under the time of its value', () => {
    let checked = 0;
    for (const path of pages.filter((x) => x.startsWith('programy/'))) {
      const report = path.includes('/sprawozdania/');
      for (const table of page(s.root, path).querySelectorAll('table')) {
        const heads = table.querySelectorAll('thead th').map(text);
        if (table.classList.contains('chart-table') || heads[0] !== 'Miernik' || heads[1] !== 'Jednostka') continue;
        for (const tr of table.querySelectorAll('tbody tr')) {
          const found = byUrl.get(tr.querySelector('th a')!.getAttribute('href')!);
          expect(found, path).toBeDefined();
          const { pi } = found!;
          const cells = tr.querySelectorAll('td').slice(1);
          if (pi.values.length === 0) {
            expect(cells.map(text), `${path}: ${pi.indicator.id}`).toEqual(['dokument nie podaje wartości docelowej']);
            continue;
          }
          const shown = cells
            .map((td, i) => ({ head: heads[i + 2]!, filled: text(td) !== '' }))
            .filter((c) => c.filled)
            .map((c) => c.head);
          for (const head of shown)
            expect(
              pi.values.some((v) => says(head, v.time)),
              `${path}: ${pi.indicator.id} under „${head}”`,
            ).toBe(true);
          // A report's table shows that year's achieved values only; elsewhere every value has its column.
          if (!report)
            for (const v of pi.values)
              expect(
                shown.some((h) => says(h, v.time)),
                `${path}: ${pi.indicator.id} ${describeTime(v.time)} among ${shown.join(' | ')}`,
              ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('budgets: each line of the programme’s budget table and of its action says its time; sums are per time', () => {
    for (const p of s.site.programmes) {
      const lines = p.indicators.filter((pi) => pi.group === 'budget');
      if (lines.length === 0) continue;
      const root = main(s.root, `programy/${p.slug}/index.html`);
      const table = root
        .querySelectorAll('table')
        .find((tb) => text(tb.querySelector('caption')).startsWith('Planowane środki według działań'))!;
      const rows = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text));
      const expected = lines.flatMap((pi) => pi.values.map((v) => ({ action: pi.action!, value: `${polish(v.value!)} zł`, time: v.time })));
      expect(rows.length, p.slug).toBe(expected.length);
      rows.forEach(([, action, when, value], i) => {
        expect([action, value], p.slug).toEqual([expected[i]!.action.replace(/\s+/g, ' ').trim(), expected[i]!.value]);
        expect(says(when!, expected[i]!.time), `${p.slug}: „${when}” for ${describeTime(expected[i]!.time)}`).toBe(true);
      });
      // One sum per time: the amounts of each time added up, never across times.
      const sums = table.querySelectorAll('tfoot tr').map((tr) => tr.querySelectorAll('th, td').map(text));
      const times = [...new Map(expected.map((e) => [describeTime(e.time), e.time])).values()];
      expect(sums.length, p.slug).toBe(times.length);
      for (const time of times) {
        const sum = sums.find(([label]) => says(/\(([^)]+)\)$/.exec(label!)![1]!, time));
        const total = expected
          .filter((e) => describeTime(e.time) === describeTime(time))
          .reduce((n, e) => n + Number(e.value.replace(/\D/g, '')), 0);
        expect(sum?.[1], `${p.slug}: sum for ${describeTime(time)}`).toBe(`${polish(total)} zł`);
      }
      // On the goal pages: "30 000 zł (2024)", "6 540 600 zł (w latach 2025–2027)".
      for (const pi of lines) {
        const goalPath = `programy/${p.slug}/cele/${pi.goal!.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/index.html`;
        const article = main(s.root, goalPath).querySelector(`article[aria-labelledby="dzialanie-${pi.actionId}"]`)!;
        const dd = facts(article.querySelector('dl.facts')!).find(([dt]) => dt === 'Planowane środki')![1];
        const amounts = [...dd.matchAll(/([\d ]+ zł) \(([^)]+)\)/g)];
        expect(amounts.length, `${goalPath} ${pi.actionId}`).toBe(pi.values.length);
        amounts.forEach((m, i) => expect(says(m[2]!, pi.values[i]!.time), `${goalPath} ${pi.actionId}: „${m[2]}”`).toBe(true));
      }
    }
  });

  it('explorer rows: each line of the values column under the time of its values', () => {
    let checked = 0;
    for (const path of pages.filter((x) => x.startsWith('wskazniki/') && !x.startsWith('wskazniki/serie/'))) {
      for (const tr of page(s.root, path).querySelectorAll('indicator-explorer tbody tr')) {
        const { pi } = byUrl.get(tr.querySelector('th a')!.getAttribute('href')!)!;
        const cell = tr.querySelector('td.v')!.text;
        if (pi.values.length === 0) {
          expect(cell, `${path}: ${pi.indicator.id}`).toBe('dokument nie podaje wartości docelowej');
          continue;
        }
        const labels = cell.split('\n').map((line) => line.slice(0, line.indexOf(': ')));
        for (const label of labels)
          expect(
            pi.values.some((v) => says(label, v.time)),
            `${path}: ${pi.indicator.id} „${label}”`,
          ).toBe(true);
        for (const v of pi.values)
          expect(
            labels.some((l) => says(l, v.time)),
            `${path}: ${pi.indicator.id} ${describeTime(v.time)}`,
          ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('no table, fact or chart text says "rocznie" alone or "cały okres"', () => {
    const bad: string[] = [];
    for (const path of pages) {
      const root = page(s.root, path).querySelector('main');
      if (!root) continue;
      for (const el of root.querySelectorAll('th, td, dd, caption, .chart-title, .chart-summary, p.lead')) {
        if (el.closest('.prose')) continue;
        const words = text(el);
        if (words === 'rocznie' || /cały okres|rocznie \/ w okresie/.test(words)) bad.push(`${path}: „${words.slice(0, 80)}”`);
      }
    }
    expect(bad).toEqual([]);
  });
});
