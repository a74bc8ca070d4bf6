import { z } from 'zod';
import { text } from './common.ts';
import { needId } from './need.ts';

// Ukrainian and English variants of the texts residents read. The Polish field stays the source:
// a variant is its translation, nothing more. Names, addresses and numbers are never translated or
// re-typed (they come from their one Polish field); the checker refuses a variant with a number
// its Polish source does not have. A missing variant shows the Polish text, marked lang="pl".

/** An institution's texts in one language. */
export const institutionVariant = z.strictObject({
  /** The description (`description`) in this language, translated from the Polish one; names of places stay in Polish. */
  description: text.optional(),
  /** The help lines (`help[].line`) in this language, by need: only needs the institution's `help` list has. */
  help: z.partialRecord(needId, text).optional(),
});

/** Translations of an institution's description and help lines (uk: Ukrainian, en: English). */
export const institutionTranslations = z.strictObject({
  /** Ukrainian (українською). */
  uk: institutionVariant.optional(),
  /** English. */
  en: institutionVariant.optional(),
});

/** A helpline's purpose in one language. */
export const helplineVariant = z.strictObject({
  /** What it is for (`purpose`) in this language, translated from the Polish one. */
  purpose: text.optional(),
});

/** Translations of a helpline's purpose (uk: Ukrainian, en: English). */
export const helplineTranslations = z.strictObject({
  /** Ukrainian (українською). */
  uk: helplineVariant.optional(),
  /** English. */
  en: helplineVariant.optional(),
});

/** A programme's or goal's plain-language summary in one language. */
export const summaryVariant = z.strictObject({
  /** The summary (`summary`) in this language, translated from the Polish one. */
  summary: text.optional(),
});

/** Translations of a programme's or goal's summary (uk: Ukrainian, en: English). */
export const summaryTranslations = z.strictObject({
  /** Ukrainian (українською). */
  uk: summaryVariant.optional(),
  /** English. */
  en: summaryVariant.optional(),
});

export type InstitutionVariant = z.infer<typeof institutionVariant>;
