import { z } from 'zod';
import { slug, text } from './common.ts';
import { direction } from './indicator.ts';

/** One entry of content/series.yaml: a measure followed across programmes and editions. */
export const seriesEntry = z.strictObject({
  /** The id indicators use in `series:`. */
  id: slug,
  /** A neutral title for the series ("Wszczęte procedury „Niebieskie Karty”"). */
  title: text,
  /** What is counted, in plain words. */
  description: z.string().optional(),
  /** `higher` (more is better) or `lower` (less is better) for every indicator of the series that does not declare its own; leave out when it is not obvious (e.g. Blue Card procedures): then no verdict, only the ratio. */
  direction: direction.optional(),
});

/** content/series.yaml. */
export const seriesList = z.array(seriesEntry);

export type SeriesEntry = z.infer<typeof seriesEntry>;
