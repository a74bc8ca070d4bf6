import { z } from 'zod';
import { slug, text } from './common.ts';
import { needId } from './need.ts';
import { helplineTranslations } from './translation.ts';

/** One national helpline, with only what its public source states. */
export const helpline = z.strictObject({
  /** Identifier used by content/help-topics.yaml ("niebieska-linia"). */
  id: slug,
  /** Name as the source gives it. */
  name: text,
  /** A short name for lists ("Niebieska Linia"); the full name is used when missing. */
  shortName: z.string().optional(),
  /** The number as it is dialled, digits grouped with spaces as the source writes it ("800 120 002"). */
  number: z.string().regex(/^\d(?:[\d ]*\d)?$/, 'oczekiwano numeru z samych cyfr i spacji („800 120 002”)'),
  /** What it is for, in plain words ("gdy grozi niebezpieczeństwo życiu lub zdrowiu"). */
  purpose: text,
  /** Who it is for, only if the source says ("dzieci i młodzież"). */
  audience: z.string().optional(),
  /** Cost, only if the source states it ("bezpłatny"). */
  cost: z.string().optional(),
  /** Hours, only if the source states them ("całodobowo"). */
  hours: z.string().optional(),
  /** Who runs or commissions it, only if the source says. */
  operator: z.string().optional(),
  /** An earlier number the source says was replaced by this one ("801 12 00 02"). */
  formerNumber: z.string().optional(),
  /** True for the emergency number: it is always shown first. */
  emergency: z.boolean().default(false),
  /** The answers of /pomoc/ that show this number (teraz, rozmowa, bliscy, zmiana, sprawy-urzedowe). */
  needs: z.array(needId).default([]),
  /** The public source that states the number and the facts above (document, article, page). */
  source: text,
  /** The day an editor last checked the facts against the source, RRRR-MM-DD in quotes; the checker warns after a year. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'oczekiwano daty sprawdzenia w postaci RRRR-MM-DD (w cudzysłowie)'),
  /** The purpose in Ukrainian (uk) and English (en), for the /uk/ and /en/ pages; the name and number are never translated. */
  translations: helplineTranslations.optional(),
});

/** content/helplines.yaml: the national helplines shown on every page; 112 first. */
export const helplines = z.array(helpline);

export type Helpline = z.infer<typeof helpline>;
