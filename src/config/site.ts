// Facts about the publisher that pages state. Where a fact is not known yet it is `undefined`,
// and pages say so plainly instead of inventing one. Fill these in before publishing.
export const siteConfig = {
  /** Name of the body publishing the site (the accessibility statement's "podmiot"). */
  publisher: undefined as string | undefined,
  /** Public address of the site. */
  url: process.env.SITE_URL || undefined,
  /** Date the site was first published (RRRR-MM-DD). */
  publishedOn: undefined as string | undefined,
  /** Date of the last significant update (RRRR-MM-DD). */
  updatedOn: undefined as string | undefined,
  /** Date the accessibility statement was prepared (RRRR-MM-DD) and how. */
  statementPreparedOn: undefined as string | undefined,
  /** Contact person for accessibility, e-mail and phone. */
  contactPerson: undefined as string | undefined,
  contactEmail: undefined as string | undefined,
  contactPhone: undefined as string | undefined,
};

/**
 * Where the "Wyjdź szybko" (quick exit) control leads: a neutral page on another site.
 * Change it here only; every page reads it from this one place.
 */
export const quickExit = {
  url: 'https://pogoda.onet.pl/',
};

export const UNKNOWN = 'nie ustalono — dane zostaną uzupełnione przez wydawcę serwisu';
