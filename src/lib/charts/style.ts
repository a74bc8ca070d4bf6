// Style shared with the client renderer (src/components/chartRender.ts): the only part of the
// charts the browser imports, so it imports nothing but a type. Colours, the dash and marker of
// each kind of value, and the wrapping of long labels.
import type { ChartKind } from './spec.ts';

/**
 * Series colours, in order. Every colour has at least 3:1 contrast with white; the first four (most
 * charts draw no more lines) differ from one another in greyscale lightness and for readers with
 * protanopia, deuteranopia and tritanopia, and each colour differs in lightness from the next
 * (tests/unit/charts.test.ts computes these).
 */
export const PALETTE = ['#0a2657', '#e35f00', '#65288c', '#00735f', '#5a1a00', '#3b8de0', '#0b4d20', '#c4307a'] as const;

export type PointStyle = 'circle' | 'triangle' | 'rect' | 'rectRot';
export const POINTS: readonly PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot'];

/** Kinds differ by line dash and marker too, never by colour alone. */
export const KIND_STYLE: Record<ChartKind, { dash: number[]; point: PointStyle }> = {
  target: { dash: [], point: 'circle' },
  achieved: { dash: [8, 5], point: 'triangle' },
  statistic: { dash: [2, 4], point: 'rect' },
  baseline: { dash: [12, 4, 2, 4], point: 'rectRot' },
  budget: { dash: [], point: 'rect' },
};

/** Text on the canvas (ticks, axis titles, legend) in CSS pixels: never below 12. */
export const CHART_FONT_SIZE = 13;

/**
 * The dash and marker of each line of one chart: the dash of its kind, and the marker of its kind —
 * or, for a second line of the same kind (two editions' targets), the next marker not yet used with
 * that dash. So no two lines of a chart look alike in greyscale or without colour, up to four of a kind.
 */
export function lineStyles(kinds: readonly ChartKind[]): { dash: number[]; point: PointStyle }[] {
  const used = new Map<ChartKind, PointStyle[]>();
  return kinds.map((kind) => {
    const style = KIND_STYLE[kind];
    const taken = used.get(kind) ?? [];
    const start = POINTS.indexOf(style.point);
    const point = [...POINTS.slice(start), ...POINTS.slice(0, start)].find((p) => !taken.includes(p)) ?? style.point;
    used.set(kind, [...taken, point]);
    return { dash: style.dash, point };
  });
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Cuts a label at a word boundary: "Liczba osób objętych…". */
export function shorten(label: string, max = 40): string {
  const s = label.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Wraps a label into lines of about `width` characters, at most `lines` of them. */
export function wrapLabel(label: string, width = 28, lines = 3): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = shorten(`${kept[lines - 1]} ${out[lines]}`, width);
  if (!kept[lines - 1]!.endsWith('…')) kept[lines - 1] += '…';
  return kept;
}

/**
 * A line's points on a linear year axis: every year from the first to the last, null where the
 * line has no value, so a gap of years shows as a gap (spanGaps: false), never as one step.
 */
export function yearPoints(years: readonly number[], values: readonly (number | null)[]): { x: number; y: number | null }[] {
  const at = new Map(years.map((y, i) => [y, values[i] ?? null]));
  const out: { x: number; y: number | null }[] = [];
  for (let y = years[0]!; y <= years[years.length - 1]!; y++) out.push({ x: y, y: at.get(y) ?? null });
  return out;
}
