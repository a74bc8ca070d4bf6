import { z } from 'zod';
import { text, textDiffers, year } from './common.ts';

/** One achieved value, attached to an indicator of the programme. */
export const reportValue = z.strictObject({
  /** The indicator's id in the programme. */
  indicator: z.string(),
  /** The number achieved; leave out if the report gives only words. */
  value: z.number().optional(),
  /** The report's wording. */
  text,
  /** Only when `value` is not the number in `text` on purpose: the reason, from the source; shown on the page next to the value. */
  textDiffers: textDiffers.optional(),
});

/** The frontmatter of content/programmes/<slug>/reports/<year>.mdx. The body is the narrative. */
export const report = z.strictObject({
  /** The year reported on. */
  year,
  /** The report's title. */
  title: text,
  /** The source document (e.g. "Załącznik nr 2 do Sprawozdania z działalności MOPS za rok 2023"). */
  document: text,
  /** Achieved values by indicator id. */
  values: z.array(reportValue).min(1),
});

export type Report = z.infer<typeof report>;
