import { z } from 'zod';
import { slug, text } from './common.ts';
import { needId } from './need.ts';
import { institutionTranslations } from './translation.ts';

/** Kinds of help an institution gives, as the sources describe them. */
export const helpKind = z.enum([
  'shelter',
  'crisis-intervention',
  'psychological',
  'legal',
  'social-work',
  'financial',
  'family-assistant',
  'support-group',
  'therapy',
  'perpetrator-programme',
  'helpline',
  'police',
  'education',
  'coordination',
]);

/** Who the help is for. */
export const audience = z.enum(['adults', 'children', 'seniors', 'disabilities', 'witnesses', 'perpetrators', 'families', 'professionals']);

export type HelpKind = z.infer<typeof helpKind>;
export type Audience = z.infer<typeof audience>;

/** A fact about the institution, with the place in the source that states it. */
export const fact = z.strictObject({
  /** The fact, in plain words ("25 miejsc schronienia na okres do 3 miesięcy"). */
  text,
  /** Where it is stated (document and section). */
  source: text,
});

/** The institution's place in one answer of /pomoc/: how directly it helps, and a line saying how. */
export const helpEntry = z.strictObject({
  /** The answer (teraz, rozmowa, bliscy, zmiana, sprawy-urzedowe). */
  need: needId,
  /** How directly it helps with this need: 1 = at once, round the clock or specialised in it; 2 = helps with it directly; 3 = helps with it among other tasks or refers on. Lower comes first. */
  rank: z.number().int().min(1).max(3),
  /** One plain-language line for residents, written from the source ("Całodobowo: schronienie bez skierowania…"). */
  line: text,
});

/** content/institutions/<slug>.yaml: an institution that helps or carries out actions. Only facts a source gives. */
export const institution = z.strictObject({
  /** Full name as printed. */
  name: text,
  /** Abbreviation or short name ("MOPS"). */
  shortName: z.string().optional(),
  /** The municipality it belongs to: a file name in content/organisations. */
  organisation: slug,
  /** Who runs it, if the source says ("Caritas Archidiecezji Krakowskiej"). */
  operator: z.string().optional(),
  /** Address, only if a source gives it. */
  address: z.string().optional(),
  /** Phone number as the source writes it (digits and spaces), only if a source gives it; without it the page says so and points to the helplines. */
  phone: z
    .string()
    .regex(/^\+?\d(?:[\d ]*\d)?$/, 'oczekiwano numeru z samych cyfr i spacji')
    .optional(),
  /** Opening hours, only if a source gives them ("całodobowo"). */
  hours: z.string().optional(),
  /** Kinds of help. */
  helpKinds: z.array(helpKind).default([]),
  /** Who the help is for. */
  audiences: z.array(audience).default([]),
  /** A plain-language description written from the sources. */
  description: z.string().optional(),
  /** The answers of /pomoc/ it appears in, once each; an institution with none is listed only among all institutions. */
  help: z.array(helpEntry).default([]),
  /** Facts with their sources. */
  facts: z.array(fact).default([]),
  /** The description and help lines in Ukrainian (uk) and English (en), for the /uk/ and /en/ pages; see docs/tlumaczenia.md. */
  translations: institutionTranslations.optional(),
});

export type Institution = z.infer<typeof institution>;
