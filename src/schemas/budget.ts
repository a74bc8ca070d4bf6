import { z } from 'zod';
import { text, textDiffers, year } from './common.ts';

/** Money planned for an action, in PLN. */
export const budgetLine = z.strictObject({
  /** The year; leave out for a budget for the whole period, and say the period in `text`. */
  year: year.optional(),
  /** Amount in złoty, digits only (30000). */
  value: z.number().nonnegative(),
  /** The source's wording, e.g. "30 000 zł" or "12 667 680 zł na lata 2025–2027". */
  text,
  /** Only when `value` is not the amount in `text` on purpose: the reason, from the source; shown on the page next to the amount. */
  textDiffers: textDiffers.optional(),
});

export type BudgetLine = z.infer<typeof budgetLine>;
