// The Chart.js part of <miernik-chart>, loaded by dynamic import only when a chart comes into view.
// Tree-shaken: only the bar and line controllers, their elements, two scales, legend and tooltip.
// Series differ by colour and also by line dash, marker and bar pattern (never colour alone);
// in forced-colours mode everything is drawn in the system's text colour.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type LegendItem,
} from 'chart.js';
import { CHART_FONT_SIZE, PALETTE, lineStyles, wrapLabel, yearPoints } from '../lib/charts/style.ts';
import type { ClientSpec } from '../lib/charts/spec.ts';
import { formatNumber, formatValue } from '../lib/format.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface RenderOptions {
  forcedColors: boolean;
  reducedMotion: boolean;
}

/** A system colour ("CanvasText") as the browser resolves it in forced-colours mode. */
function systemColour(name: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  probe.hidden = true;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color || fallback;
  probe.remove();
  return colour;
}

type Fill = 'solid' | 'stripes' | 'cross' | 'dots';
const FILLS: Fill[] = ['solid', 'stripes', 'cross', 'dots'];

/** A bar fill: solid, or a pattern of the series colour on the background colour. */
function pattern(fill: Fill, colour: string, paper: string): string | CanvasPattern {
  if (fill === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d')!;
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (fill === 'dots') ctx.arc(4, 4, 1.8, 0, Math.PI * 2);
  else {
    ctx.moveTo(-2, 10);
    ctx.lineTo(10, -2);
    if (fill === 'cross') {
      ctx.moveTo(-2, -2);
      ctx.lineTo(10, 10);
    }
  }
  if (fill === 'dots') ctx.fill();
  else ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

type LineStyle = ReturnType<typeof lineStyles>[number];

/** The legend's sample of one series: its line with dash and marker, or its bar fill. */
function swatch(spec: ClientSpec, i: number, style: LineStyle, colour: string, paper: string): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = 30;
  c.height = 14;
  const ctx = c.getContext('2d')!;
  ctx.strokeStyle = ctx.fillStyle = colour;
  if (spec.type === 'bar') {
    ctx.fillStyle = pattern(FILLS[i % FILLS.length]!, colour, paper);
    ctx.fillRect(3, 1, 24, 12);
    ctx.lineWidth = 2;
    ctx.strokeRect(3, 1, 24, 12);
    return c;
  }
  ctx.lineWidth = 2.5;
  ctx.setLineDash(style.dash.map((d) => d * 0.8));
  ctx.beginPath();
  ctx.moveTo(1, 7);
  ctx.lineTo(29, 7);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  if (style.point === 'circle') ctx.arc(15, 7, 4, 0, Math.PI * 2);
  else if (style.point === 'triangle') {
    ctx.moveTo(15, 2);
    ctx.lineTo(20, 11);
    ctx.lineTo(10, 11);
    ctx.closePath();
  } else if (style.point === 'rectRot') {
    ctx.moveTo(15, 2);
    ctx.lineTo(20, 7);
    ctx.lineTo(15, 12);
    ctx.lineTo(10, 7);
    ctx.closePath();
  } else ctx.rect(11, 3, 8, 8);
  ctx.fill();
  return c;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, Math.max(8, max - 1)).trimEnd()}…`);

export interface Rendered {
  chart: Chart;
  animation: boolean;
  /** What was drawn, for the figure's data attributes: the x scale's type, the legend, the smallest font. */
  xScale: string;
  legend: string[];
  minFont: number;
}

export function render(canvas: HTMLCanvasElement, spec: ClientSpec, options: RenderOptions): Rendered {
  const forced = options.forcedColors;
  const ink = forced ? systemColour('CanvasText', '#000') : '#1b1b1b';
  const paper = forced ? systemColour('Canvas', '#fff') : '#ffffff';
  const grid = forced ? ink : '#d4d4d4';
  const colour = (i: number) => (forced ? ink : PALETTE[i % PALETTE.length]!);
  const unit = spec.unit;
  const tick = (v: number | string) => {
    const n = formatNumber(Number(v));
    return unit === 'percent' ? `${n}%` : unit === 'currency' ? `${n} zł` : n;
  };
  const styles = lineStyles(spec.datasets.map((d) => d.kind));
  const swatches = spec.datasets.map((_, i) => swatch(spec, i, styles[i]!, colour(i), paper));
  const byYear = spec.type === 'line' && spec.x === 'year' && spec.categories.every((c) => Number.isInteger(c.year));
  const font = { size: CHART_FONT_SIZE };
  const axisTitle = (text: string) => ({ display: true, text, color: ink, font: { ...font, weight: 'bold' as const } });
  const animation = !options.reducedMotion;
  // Horizontal bars: category labels wrap to about a third of the chart's width.
  const labelsFor = (width: number) =>
    spec.horizontal
      ? spec.categories.map((c) => wrapLabel(c.short, Math.max(10, Math.min(30, Math.floor((width * 0.36) / 6.5))), 3))
      : spec.categories.map((c) => c.axis);

  const datasets = spec.datasets.map((d, i): ChartDataset<'bar' | 'line', (number | null)[]> => {
    const c = colour(i);
    const style = styles[i]!;
    if (spec.type === 'bar')
      return {
        label: d.legend,
        data: d.values,
        backgroundColor: pattern(FILLS[i % FILLS.length]!, c, paper),
        borderColor: c,
        borderWidth: 2,
        maxBarThickness: 36,
      };
    return {
      label: d.legend,
      data: byYear
        ? yearPoints(
            spec.categories.map((c) => c.year!),
            d.values,
          )
        : d.values,
      borderColor: c,
      backgroundColor: c,
      borderWidth: 2.5,
      borderDash: style.dash,
      pointStyle: style.point,
      pointRadius: style.point === 'triangle' ? 6 : 4.5,
      pointHoverRadius: 7,
      pointBackgroundColor: c,
      spanGaps: false,
      tension: 0,
    } as ChartDataset<'line', (number | null)[]>;
  });

  const valueAxis = {
    beginAtZero: true,
    // In forced colours every line is drawn in the text colour: grid lines would look like data.
    grid: { color: grid, display: !forced },
    border: { color: ink },
    ticks: { color: ink, callback: tick, font },
    title: axisTitle(spec.axes.value),
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: ink },
    ticks: { color: ink, autoSkip: spec.type === 'line', font },
    title: axisTitle(spec.axes.category),
  };
  // Years are numbers: a tick for every year from the first to the last, none between.
  const first = spec.categories[0]?.year ?? 0;
  const last = spec.categories[spec.categories.length - 1]?.year ?? 0;
  const yearAxis = {
    type: 'linear' as const,
    min: first - 0.3,
    max: last + 0.3,
    grid: { display: false },
    border: { color: ink },
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = Array.from({ length: last - first + 1 }, (_, i) => ({ value: first + i }));
    },
    ticks: { color: ink, font, callback: (v: number | string) => String(v) },
    title: axisTitle(spec.axes.category),
  };
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string[]> = {
    type: spec.type,
    data: {
      labels: labelsFor(canvas.parentElement?.clientWidth ?? 600),
      datasets: datasets as ChartDataset<'bar' | 'line', (number | null)[]>[],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      onResize: (chart, size) => {
        chart.data.labels = labelsFor(size.width);
      },
      animation: animation ? { duration: 500 } : false,
      locale: 'pl-PL',
      indexAxis: spec.horizontal ? 'y' : 'x',
      font: { family: getComputedStyle(document.body).fontFamily, size: CHART_FONT_SIZE },
      color: ink,
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: byYear ? yearAxis : categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          position: 'top',
          align: 'start',
          // The town heads the legend: every chart says whose values it draws.
          title: { display: true, text: spec.place, color: ink, font: { ...font, weight: 'bold' }, padding: { top: 4, bottom: 0 } },
          labels: {
            font,
            usePointStyle: true,
            pointStyleWidth: 30,
            color: ink,
            padding: 12,
            generateLabels: (chart): LegendItem[] =>
              spec.datasets.map((d, i) => ({
                text: cut(d.legend, Math.floor((chart.width - 60) / 7)),
                datasetIndex: i,
                pointStyle: swatches[i]!,
                fontColor: ink,
                fillStyle: 'transparent',
                strokeStyle: 'transparent',
                lineWidth: 0,
                hidden: !chart.isDatasetVisible(i),
              })),
          },
        },
        tooltip: {
          callbacks: {
            title: (items) => (byYear ? String(items[0]?.parsed.x ?? '') : (spec.categories[items[0]?.dataIndex ?? 0]?.axis ?? [])),
            label: (item) => {
              const d = spec.datasets[item.datasetIndex]!;
              const v = byYear ? item.parsed.y : d.values[item.dataIndex];
              if (v === null || v === undefined) return d.legend;
              const words = unit === 'count' ? (d.unitLabel ?? spec.categories[item.dataIndex]?.unitLabel) : undefined;
              return `${cut(d.legend, 48)}: ${formatValue(v, unit)}${words ? ` ${words}` : ''}`;
            },
          },
        },
      },
    },
  };
  const chart = new Chart(canvas, config as ChartConfiguration);
  const sizes = Object.values(chart.scales).flatMap((scale) => {
    const o = scale.options as { ticks?: { font?: { size?: number } }; title?: { font?: { size?: number } } };
    return [o.ticks?.font?.size ?? 0, o.title?.font?.size ?? 0];
  });
  return {
    chart,
    animation,
    xScale: chart.scales.x?.type ?? '',
    legend: chart.legend?.legendItems?.map((item) => item.text) ?? [],
    minFont: Math.min(...sizes),
  };
}
