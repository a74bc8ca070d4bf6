import { z } from 'zod';
import { slug, text } from './common.ts';

/**
 * One section of an easy-to-read page: a question as its heading, then short sentences, one per
 * line, and an optional list. The check applies the rules of src/lib/easyRead.ts to every line.
 */
export const easyReadSection = z.strictObject({
  /** The heading, written as a question ("Co to jest program?"). */
  question: text,
  /** Sentences, one per item: each shown as its own paragraph. */
  text: z.array(text).min(1, 'wpisz co najmniej jedno zdanie'),
  /** Items of a list shown after the sentences (optional), each one short sentence or phrase. */
  list: z.array(text).optional(),
});

/** A hard word or abbreviation the page explains ("MOPS", "przemoc domowa"), shown in the list of hard words. */
export const easyReadWord = z.strictObject({
  /** The word in its base form, as the list of hard words shows it ("przemoc domowa", "MOPS"). */
  word: text,
  /** The word as the text writes it, when that form differs ("przemocy domowej"): the check looks for it. */
  inText: text.optional(),
  /** What it means, in one short sentence. */
  meaning: text,
});

/** Who helps in a programme: an institution of content/institutions/ and one sentence about its help. */
export const easyReadHelper = z.strictObject({
  /** The institution's file name without .yaml ("mops-krakow"). */
  institution: slug,
  /** What it does in the programme, in one short sentence. */
  text,
});

/**
 * content/easy-read.yaml (the site) and content/programmes/<slug>/easy-read.yaml (a programme):
 * the page /latwy-tekst/ or /latwy-tekst/<slug>/ in easy-to-read Polish (tekst łatwy do czytania).
 * Write only facts the source documents state.
 */
export const easyRead = z.strictObject({
  /** The page's title (its first heading), a short phrase. */
  title: text,
  /** The first sentences, before the sections, one per item. */
  intro: z.array(text).default([]),
  /** The sections, in order. */
  sections: z.array(easyReadSection).min(1, 'wpisz co najmniej jedną część'),
  /** Who helps (programme pages): institutions with one sentence each. */
  helpers: z.array(easyReadHelper).default([]),
  /** Hard words and abbreviations the text uses, with their meaning. */
  words: z.array(easyReadWord).default([]),
});

export type EasyRead = z.infer<typeof easyRead>;
