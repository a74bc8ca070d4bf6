import { z } from 'zod';
import { slug, text } from './common.ts';
import { needId } from './need.ts';

/** A link of a help answer: a need on /pomoc/ or an institution's page (one of the two). */
export const helpLink = z
  .strictObject({
    /** An answer of /pomoc/ (teraz, rozmowa, bliscy, zmiana, sprawy-urzedowe). */
    need: needId.optional(),
    /** An institution: a file name in content/institutions. */
    institution: slug.optional(),
  })
  .refine((l) => (l.need === undefined) !== (l.institution === undefined), 'podaj albo „need: <odpowiedź>”, albo „institution: <id>”');

/** One help topic: the everyday phrases that ask for it, and the answer search shows at once. */
export const helpTopic = z.strictObject({
  /** Identifier of the topic ("przemoc-w-domu"). */
  id: slug,
  /** Heading of the answer, in plain words ("Przemoc w domu"). */
  title: text,
  /** One or two plain sentences that answer the query. */
  answer: text,
  /** True when the phrases are a cry for help: 112 is shown first, above every result. */
  urgent: z.boolean().default(false),
  /** Helplines shown in the answer, in order: ids from content/helplines.yaml. */
  helplines: z.array(slug).default([]),
  /** Where to go next: needs of /pomoc/ and institutions, most direct first. */
  links: z.array(helpLink).default([]),
  /** What to search the documents for when the resident's own words find nothing ("przemoc domowa"). */
  search: text,
  /** Phrases residents type, lower case, as they would write them ("mąż mnie bije", "nie mam gdzie spać"). Inflected forms and small typos are matched too. */
  phrases: z.array(text).min(1, 'temat potrzebuje co najmniej jednego wyrażenia'),
});

/** content/help-topics.yaml: everyday phrases mapped to help topics, shipped with the search page. */
export const helpTopics = z.array(helpTopic);

export type HelpTopic = z.infer<typeof helpTopic>;
export type HelpLink = z.infer<typeof helpLink>;
