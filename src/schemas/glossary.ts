import { z } from 'zod';
import { text } from './common.ts';

/** One entry of content/glossary.yaml: an abbreviation and its full name. */
export const glossaryEntry = z.strictObject({
  /** The abbreviation as printed ("MOPS"). */
  abbr: text,
  /** Its full name ("Miejski Ośrodek Pomocy Społecznej"). */
  full: text,
  /** A short explanation in plain words, optional. */
  description: z.string().optional(),
});

/** content/glossary.yaml: a list of abbreviations. */
export const glossary = z.array(glossaryEntry);

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
