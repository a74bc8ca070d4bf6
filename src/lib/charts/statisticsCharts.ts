// The programme page's diagnosis tables, each with its charts: lines over years, then bars of like values.
import type { PlacedIndicator, ProgrammeModel } from '../model.ts';
import { chartId, type ChartSpec, type ChartUnit } from './spec.ts';
import { chartShowsAll, groupByScale, groupName, isMultiYear, magnitude, partOf, splitByScale } from './grouping.ts';
import { commonLead, measureNames } from './wording.ts';
import { rowsOf, yearsChart } from './yearsChart.ts';
import { comparisonChart } from './comparisonChart.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

export interface StatisticsCharts {
  title: string;
  source: string;
  /** Charts of the table's measures with values in two or more years, one per unit. */
  charts: ChartSpec[];
  /** The table's indicators no chart shows (single values, values without a year). */
  rest: PlacedIndicator[];
}

/**
 * The diagnosis tables, each with its charts (possibly none): the measures with values in two or
 * more years over time, one chart per unit; then, of the rest, values of the same unit, wording
 * and year (or all without a year) side by side, where there are at least two with a shared lead.
 */
export function statisticsCharts(p: ProgrammeModel): StatisticsCharts[] {
  return (p.statistics?.data.tables ?? []).map((table) => {
    const indicators = p.indicators.filter((pi) => pi.group === 'statistics' && pi.context === table.title);
    const charts: ChartSpec[] = [];
    const shown = new Set<PlacedIndicator>();
    const subject = table.title.replace(/\s*\([^)]*\)\s*$/, '');
    const caption = `${table.title} (${table.source})`;
    const town = p.organisation.data.shortName;
    const groups = groupByScale(indicators.filter(isMultiYear));
    for (const group of groups) {
      const name = groupName(groups, group, measureNames);
      const measure = name ?? chartsText.measureWord(group.unit, group.unitLabel);
      const spec = yearsChart({
        id: chartId('diagnoza', table.id, group.unit, ...partOf(groups, group)),
        subject: name ? `${subject}: ${name}` : subject,
        caption: groups.length > 1 ? `${caption} — ${measure}` : caption,
        unit: group.unit,
        place: town,
        measureName: group.indicators.length === 1 ? name : undefined,
        ...rowsOf(group.indicators),
      });
      if (!spec) continue;
      charts.push(spec);
      group.indicators.filter(chartShowsAll).forEach((pi) => shown.add(pi));
    }
    // Single values: compare only like with like (same unit, same wording of it, same year, or all
    // without a time). Values for a range or for each year of one stay in the table.
    const single = new Map<string, { unit: ChartUnit; unitLabel: string; year?: number; indicators: PlacedIndicator[] }>();
    for (const pi of indicators) {
      const values = pi.values.filter((v) => v.value !== undefined);
      if (shown.has(pi) || pi.indicator.unit === 'text' || values.length !== 1 || pi.values.length !== 1) continue;
      if (values[0]!.time.kind === 'range' || values[0]!.time.kind === 'annual') continue;
      const unit = pi.indicator.unit as ChartUnit;
      const key = JSON.stringify([unit, pi.indicator.unitLabel, values[0]!.year ?? null]);
      const entry = single.get(key) ?? { unit, unitLabel: pi.indicator.unitLabel, year: values[0]!.year, indicators: [] };
      entry.indicators.push(pi);
      single.set(key, entry);
    }
    // Only values that say what they share ("Kobiety po napaści: niepokój", "…: depresja"): two
    // percentages of different bases (residents of retirement age; women among them) are not compared.
    // …and values within SCALE_GAP of one another, so no bar lies flat on zero.
    const comparable = [...single.values()]
      .flatMap((g) => {
        const parts = splitByScale(g.indicators, (pi) => magnitude(pi.values));
        // Parts of one split are told apart by the measures they hold (headings and captions differ).
        return parts.map((part, n) => ({
          ...g,
          part: n,
          indicators: part,
          names: parts.length > 1 ? measureNames(part.map((pi) => pi.indicator.label)).join(', ') : undefined,
        }));
      })
      .filter((g) => g.indicators.length >= 2 && commonLead(g.indicators.map((pi) => pi.indicator.label)).lead !== undefined);
    for (const g of comparable) {
      const spec = comparisonChart({
        id: chartId('diagnoza', table.id, g.unit, g.unitLabel, String(g.year ?? 'bez-roku'), ...(g.part ? [String(g.part + 1)] : [])),
        place: town,
        subject,
        unit: g.unit,
        year: g.year,
        indicators: g.indicators,
        caption:
          charts.length + comparable.length > 1
            ? `${caption} — ${g.unit === 'count' ? g.unitLabel : t.chart.unitNames[g.unit]}${g.year ? `, ${g.year}` : ''}${g.names ? `: ${g.names}` : ''}`
            : caption,
      });
      if (!spec) continue;
      charts.push(spec);
      g.indicators.forEach((pi) => shown.add(pi));
    }
    return { title: table.title, source: table.source, charts, rest: indicators.filter((pi) => !shown.has(pi)) };
  });
}
