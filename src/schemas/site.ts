import { z } from 'zod';
import { text } from './common.ts';

/** A calendar day written RRRR-MM-DD (quoted in YAML), a date that exists. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'oczekiwano daty w postaci RRRR-MM-DD (w cudzysłowie)', abort: true })
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'taki dzień nie istnieje');

/** The accessibility contact: who answers requests about the site's accessibility. */
export const siteContact = z.strictObject({
  /** The contact person's name, as the publisher gives it. */
  person: text.optional(),
  /** The contact e-mail address ("dostepnosc@example.pl"). */
  email: z.email('oczekiwano adresu e-mail, np. dostepnosc@example.pl').optional(),
  /** The contact phone number with its area code ("+48 12 616 12 34" or "12 616 12 34"). */
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]{7,}[0-9]$/, 'oczekiwano numeru telefonu z cyfr, spacji i myślników, np. „+48 12 616 12 34”')
    .optional(),
});

/**
 * content/site.yaml: facts about the publisher that pages state (the accessibility statement, the
 * quick exit). Leave out what is not known yet: pages then say it is not established.
 */
export const site = z
  .strictObject({
    /** The body publishing the site, the accessibility statement's "podmiot" ("Gmina Miejska Kraków"). */
    publisher: text.optional(),
    /** Contact for accessibility requests (person, e-mail, phone). */
    contact: siteContact.optional(),
    /** The day the site was first published (RRRR-MM-DD). */
    publishedOn: day.optional(),
    /** The day of the site's last significant update (RRRR-MM-DD). */
    updatedOn: day.optional(),
    /** The day the accessibility statement was prepared (RRRR-MM-DD). */
    statementPreparedOn: day.optional(),
    /** Where the "Wyjdź szybko" (quick exit) control leads: the full address of a neutral page on another site. */
    quickExitUrl: z
      .url({ protocol: /^https$/, error: 'oczekiwano pełnego adresu strony zaczynającego się od https://' })
      .default('https://pogoda.onet.pl/'),
  })
  .refine((s) => !(s.publishedOn && s.updatedOn && s.updatedOn < s.publishedOn), {
    message: 'data ostatniej aktualizacji (updatedOn) jest wcześniejsza niż data publikacji (publishedOn)',
    path: ['updatedOn'],
  });

export type SiteFacts = z.infer<typeof site>;
