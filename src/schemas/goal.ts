import { z } from 'zod';
import { text, timeFields, withTime } from './common.ts';
import { indicator } from './indicator.ts';
import { budgetLine } from './budget.ts';
import { summaryTranslations } from './translation.ts';

/** Who carries out an action: an institution from content/institutions, or a named body that is not one. */
export const implementer = z.union([
  z.strictObject({
    /** The id of a file in content/institutions (without .yaml). */
    institution: z.string(),
  }),
  z.strictObject({
    /** A body that has no institution file, named as printed ("ochrona zdrowia", "oświata"). */
    name: text,
  }),
]);

/**
 * When an action is carried out ("Termin realizacji"): the document's wording, and the years it
 * covers where the wording says them — "III kwartał 2013" → `year: 2013`; "2024–2030" →
 * `from: 2024, to: 2030`; "corocznie" → `annual: true`; "na bieżąco", "w miarę potrzeb" → the text only.
 */
export const schedule = withTime(
  z.strictObject({
    /** As printed: "III kwartał 2013", "2024–2030", "corocznie", "na bieżąco". */
    text,
    ...timeFields,
  }),
);

/** One planned action ("działanie") with its measures and budget. */
export const action = z.strictObject({
  /** Optional stable id; by default the task id and the action's position ("I.2.1"). */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
    .optional(),
  /** The action as printed. */
  title: text,
  /** Budget/unit codes printed under the action ("MOPS/PRZ/01", "Plan finansowy OIK (OIK/PJB)"). */
  unitCodes: z.array(text).default([]),
  /** Who carries it out. */
  implementers: z.array(implementer).default([]),
  /** The measures of this action. */
  indicators: z.array(indicator).default([]),
  /** Planned money for the action. */
  budget: z.array(budgetLine).default([]),
  /** "Termin realizacji", where the document gives one. */
  schedule: schedule.optional(),
  /** "Źródło finansowania" as printed ("budżet gminy", "środki własne MOPS"). */
  funding: text.optional(),
});

/** A task ("zadanie"): basic or complementary, grouping actions. */
export const task = z.strictObject({
  /** The id as printed ("I.2"); leave out when the document does not number its tasks (the site then numbers them by order, and never presents that number as the document's). */
  id: text.optional(),
  /** basic (zadanie podstawowe) or complementary (zadanie komplementarne), where the source says. */
  kind: z.enum(['basic', 'complementary']).optional(),
  /** The task as printed. */
  title: text,
  /** The actions of the task. */
  actions: z.array(action).min(1, 'zadanie musi mieć co najmniej jedno działanie'),
});

/** An expected annual result with its measures ("Przewidywane rezultaty … w ujęciu rocznym"). */
export const expectedResult = z.strictObject({
  /** The result as printed. */
  title: text,
  /** Its measures; a result "w ujęciu rocznym" has values with `annual: true`. */
  indicators: z.array(indicator).default([]),
});

/**
 * The frontmatter of content/programmes/<slug>/goals/<id>.mdx. The body describes how actions are
 * carried out. A goal may have only its title and the body, where the document lists no actions yet.
 */
export const goal = z.strictObject({
  /** The id as printed ("I", "1"). */
  id: text,
  /** Position on the programme page (1, 2, …). */
  order: z.number().int().positive(),
  /** The goal as printed. */
  title: text,
  /** A plain-language summary for residents, written from the source. */
  summary: z.string().optional(),
  /** The summary in Ukrainian (uk) and English (en), for the /uk/ and /en/ pages; see docs/tlumaczenia.md. */
  translations: summaryTranslations.optional(),
  /** Where in the source document this goal is ("rozdz. 7, cel I"); used as the data's source. */
  section: z.string().optional(),
  /** Tasks, where the source has a task level. */
  tasks: z.array(task).default([]),
  /** Actions directly under the goal, where the source has no task level. */
  actions: z.array(action).default([]),
  /** Expected annual results and their measures. */
  expectedResults: z.array(expectedResult).default([]),
});

export type Schedule = z.infer<typeof schedule>;
export type Implementer = z.infer<typeof implementer>;
export type Action = z.infer<typeof action>;
export type Task = z.infer<typeof task>;
export type Goal = z.infer<typeof goal>;
export type ExpectedResult = z.infer<typeof expectedResult>;
