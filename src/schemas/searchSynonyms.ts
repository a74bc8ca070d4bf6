import { z } from 'zod';
import { text } from './common.ts';

/** One group of words residents use for the same thing ("schronienie", "schronisko", "hostel"). */
export const synonymGroup = z.strictObject({
  /** What the group is about, for editors. */
  topic: text,
  /** Words or phrases (lower case) that mean the same here. A page containing one is also found by the others. */
  terms: z.array(text).min(2, 'grupa potrzebuje co najmniej dwóch określeń'),
});

/** content/search-synonyms.yaml: synonyms and irregular forms the search should treat as one. */
export const searchSynonyms = z.array(synonymGroup);

export type SynonymGroup = z.infer<typeof synonymGroup>;
