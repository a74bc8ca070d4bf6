import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite, type RawContent } from '../../src/lib/model.ts';
import { editionLabel, seriesSpan, seriesView, seriesViews } from '../../src/lib/series.ts';

const { raw } = checkContent(resolve('tests/fixtures/content'));

/** The fixture plus an earlier edition of the demo programme (2021–2023) with the same series. */
function withEarlierEdition(): RawContent {
  const p = raw.programmes[0]!;
  const earlier = {
    ...p,
    id: 'demo-2021-2023',
    data: { ...p.data, shortTitle: 'Program testowy 2021–2023', periodStart: 2021, periodEnd: 2023, statedTotals: [] },
  };
  const goals = raw.goals
    .filter((g) => g.programme === p.id)
    .map((g) => ({ ...g, id: g.id.replace(p.id, earlier.id), programme: earlier.id }));
  return { ...raw, programmes: [...raw.programmes, earlier], goals: [...raw.goals, ...goals] };
}

describe('series', () => {
  it('joins the members of a series and lists their values by year, older editions first', () => {
    const site = buildSite(withEarlierEdition());
    const view = seriesView(site, site.series[0]!);
    expect(view.id).toBe('porady');
    expect(view.members.map((m) => `${m.programme}/${m.indicator}`)).toEqual([
      'demo-2021-2023/porady-a',
      'demo-2024-2026/porady-a',
      'demo-2024-2026/stat-porady',
    ]);
    expect(view.rows.map((r) => [r.year, r.programme, r.kind, r.display])).toEqual([
      [2021, 'demo-2024-2026', 'statistic', '44\u00a0562'],
      [2022, 'demo-2024-2026', 'statistic', '1,5'],
      [2024, 'demo-2021-2023', 'target', '1\u00a0200'],
      [2024, 'demo-2024-2026', 'target', '1\u00a0200'],
      [2024, 'demo-2024-2026', 'achieved', '1\u00a0260'],
      [2025, 'demo-2021-2023', 'target', '1\u00a0250'],
      [2025, 'demo-2024-2026', 'target', '1\u00a0250'],
    ]);
    expect(view.years).toEqual([2021, 2022, 2024, 2025]);
    expect(seriesSpan(view)).toBe('2021–2025');
    expect(view.rows[0]!.url).toBe('/wskazniki/demo-2024-2026/stat-porady/');
  });

  it('names editions by title and period without repeating a period the title already has', () => {
    const site = buildSite(withEarlierEdition());
    const [demo, earlier] = [
      site.programmes.find((p) => p.slug === 'demo-2024-2026')!,
      site.programmes.find((p) => p.slug === 'demo-2021-2023')!,
    ];
    expect(editionLabel(demo)).toBe('Program testowy (2024–2026)');
    expect(editionLabel(earlier)).toBe('Program testowy 2021–2023');
  });

  it('lists only series that have members, and keeps every value exactly once', () => {
    const site = buildSite({ ...raw, series: [...raw.series, { id: 'pusta', title: 'Bez mierników' }] });
    const views = seriesViews(site);
    expect(views.map((v) => v.id)).toEqual(['porady']);
    const values = site.programmes.flatMap((p) => p.indicators.filter((pi) => pi.indicator.series === 'porady').flatMap((pi) => pi.values));
    expect(views[0]!.rows).toHaveLength(values.length);
  });
});
