import { z } from 'zod';
import { slug, text } from './common.ts';

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

/** A fact about the institution, with the place in the source that states it. */
export const fact = z.strictObject({
  /** The fact, in plain words ("25 miejsc schronienia na okres do 3 miesięcy"). */
  text,
  /** Where it is stated (document and section). */
  source: text,
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
  /** Opening hours, only if a source gives them ("całodobowo"). */
  hours: z.string().optional(),
  /** Kinds of help. */
  helpKinds: z.array(helpKind).default([]),
  /** Who the help is for. */
  audiences: z.array(audience).default([]),
  /** A plain-language description written from the sources. */
  description: z.string().optional(),
  /** Facts with their sources. */
  facts: z.array(fact).default([]),
});

export type Institution = z.infer<typeof institution>;
