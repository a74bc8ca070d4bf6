import { z } from 'zod';
import { slug, text, textDiffers, timeFields, withTime } from './common.ts';

/** What a number measures. `text` is for targets stated only in words. */
export const unit = z.enum(['count', 'percent', 'currency', 'text']);

/** The role of a value: planned, reached, described in the diagnosis, or a starting point. */
export const valueKind = z.enum(['target', 'achieved', 'statistic', 'baseline']);

/**
 * Which way is better for a measure: `higher` (more is better) or `lower` (less is better). Used only
 * to say whether a target was achieved; without it the site shows the ratio of achieved to target
 * and no verdict (see the method page, /dane/metoda/).
 */
export const direction = z.enum(['higher', 'lower']);

/** An id that is stable within its programme and safe in a URL ("posiedzenia-zespolu", "W2_W"). */
export const indicatorId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'oczekiwano identyfikatora z liter, cyfr, kropek, podkreśleń i myślników');

/** One value of an indicator, exactly as the source states it. */
export const indicatorValue = withTime(
  z.strictObject({
    /** When the value holds: `year`, or `from`/`to`, or `annual: true` (see common.ts); none when the source gives no time. */
    ...timeFields,
    /** target (plan), achieved (report), statistic (diagnosis), baseline (starting value). */
    kind: valueKind,
    /** The number, in plain digits with a dot for decimals (23.5); leave out for a target in words. */
    value: z.number().optional(),
    /** The source's own wording of this value, e.g. "810 wszczętych procedur „Niebieskie Karty”". */
    text,
    /** Only when `value` is not the number in `text` on purpose: the reason, from the source; shown on the page next to the value. */
    textDiffers: textDiffers.optional(),
  }),
);

/** A measure ("miernik") with its values. Compound targets become separate indicators. */
export const indicator = z.strictObject({
  /** Unique within the programme; never change it once published (it is in the URL). */
  id: indicatorId,
  /** The measure's name as printed ("Liczba porad"). */
  label: text,
  /** count, percent, currency (PLN) or text. */
  unit,
  /** The unit in words, as printed: "osób", "porad", "%", "zł". */
  unitLabel: z.string(),
  /** Joins the same measure across programmes and editions (see content/series.yaml). */
  series: slug.optional(),
  /** `higher` (more is better) or `lower` (less is better), only where the document says so (e.g. an aim "jak najniższy"); wins over the series' direction. Leave out otherwise: no verdict, only the ratio. */
  direction: direction.optional(),
  /** What the source adds about this measure (a footnote, a breakdown). */
  note: z.string().optional(),
  /** The values: targets, achieved values, statistics, baselines. Leave empty (or out) when the document names the measure without a number: the page says so, achieved values come from reports. */
  values: z.array(indicatorValue).default([]),
});

export type IndicatorValue = z.infer<typeof indicatorValue>;
export type Indicator = z.infer<typeof indicator>;
export type Unit = z.infer<typeof unit>;
export type Direction = z.infer<typeof direction>;
