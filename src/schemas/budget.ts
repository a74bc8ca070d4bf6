import { z } from 'zod';
import { text, textDiffers, timeFields, withTime } from './common.ts';

/** Money planned for an action, in PLN. */
export const budgetLine = withTime(
  z.strictObject({
    /** `year` for one year; `from`/`to` for money for a range as a whole ("na lata 2025–2027"); `annual: true` for a yearly amount (see common.ts). */
    ...timeFields,
    /** Amount in złoty, digits only (30000). */
    value: z.number().nonnegative(),
    /** The source's wording, e.g. "30 000 zł" or "12 667 680 zł na lata 2025–2027". */
    text,
    /** Only when `value` is not the amount in `text` on purpose: the reason, from the source; shown on the page next to the amount. */
    textDiffers: textDiffers.optional(),
  }),
);

export type BudgetLine = z.infer<typeof budgetLine>;
