import { z } from 'zod';
import { slug, text } from './common.ts';

/** One entry of content/series.yaml: a measure followed across programmes and editions. */
export const seriesEntry = z.strictObject({
  /** The id indicators use in `series:`. */
  id: slug,
  /** A neutral title for the series ("Wszczęte procedury „Niebieskie Karty”"). */
  title: text,
  /** What is counted, in plain words. */
  description: z.string().optional(),
});

/** content/series.yaml. */
export const seriesList = z.array(seriesEntry);

export type SeriesEntry = z.infer<typeof seriesEntry>;
