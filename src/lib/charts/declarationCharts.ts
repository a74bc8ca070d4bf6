// The programme page's results declaration: each strategic indicator's baseline beside its excellent value.
import { periodOf, type ProgrammeModel } from '../model.ts';
import { chartId, type ChartSpec } from './spec.ts';
import { wrapLabel } from './style.ts';
import { capitalise, changeText, fromToText, sentence, showValue, uncapitalise } from './wording.ts';
import { formatValue } from '../format.ts';
import { resolveTime, timeLabel } from '../valueTime.ts';
import { indicatorUrl } from '../urls.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

/** The results declaration: for each strategic indicator, its baseline beside its excellent value. */
export function declarationCharts(p: ProgrammeModel): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const town = p.organisation.data.shortName;
  for (const s of p.data.strategicIndicators) {
    if (s.unit === 'text') continue;
    const unit = s.unit;
    const base = s.values.find((v) => v.kind === 'baseline' && v.value !== undefined);
    const goal = s.values.find((v) => v.kind === 'target' && v.value !== undefined);
    if (!base || !goal) continue;
    const when = (v: { year?: number; from?: number; to?: number; annual?: true }) => {
      const time = resolveTime(v, periodOf(p.data));
      return time.kind === 'none' ? '' : ` (${timeLabel(time, t.time)})`;
    };
    const baseName = `${capitalise(t.chart.legendKinds.baseline!)}${when(base)}`;
    const goalName = `${capitalise(t.chart.excellent)}${when(goal)}`;
    const change = fromToText(base.value!, goal.value!, unit);
    specs.push({
      id: chartId('deklaracja', s.id),
      type: 'bar',
      x: 'category',
      horizontal: false,
      unit,
      title: chartsText.declarationTitle(s.id, town, change),
      summary: sentence([
        chartsText.inPlace(town, `${uncapitalise(baseName)}: ${showValue(base.value!, unit, s.unitLabel)}`),
        `${t.chart.excellent}${when(goal)}: ${formatValue(goal.value!, unit)}`,
        changeText(base.value!, goal.value!, unit),
      ]),
      caption: `${t.chart.declarationCaption(s.id)} — ${town}`,
      rowHeader: t.chart.measure,
      categories: [
        {
          label: `${s.id}: ${s.label}`,
          axis: wrapLabel(s.label, 40, 2),
          short: s.label,
          unitLabel: s.unitLabel || undefined,
          href: indicatorUrl(p.slug, s.id),
        },
      ],
      datasets: [
        { label: baseName, legend: baseName, kind: 'baseline', values: [base.value!] },
        { label: goalName, legend: goalName, kind: 'target', values: [goal.value!] },
      ],
      height: 16,
      place: town,
      axes: { value: chartsText.valueAxis(unit, s.unitLabel || undefined), category: t.chart.measure },
      // One measure, its baseline beside its excellent value.
      measures: 'categories',
    });
  }
  return specs;
}
