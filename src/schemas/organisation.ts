import { z } from 'zod';
import { text } from './common.ts';

/** content/organisations/<slug>.yaml: a municipality that adopts programmes. */
export const organisation = z.strictObject({
  /** Official name ("Gmina Miejska Kraków"). */
  name: text,
  /** Short name for lists ("Kraków"). */
  shortName: text,
  /** Voivodeship ("małopolskie"), only if a source says it. */
  voivodeship: z.string().optional(),
});

export type Organisation = z.infer<typeof organisation>;
