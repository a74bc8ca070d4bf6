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

/**
 * Where the content's history can be read (the repository's web address), for "last changed"
 * links: MIERNIK_REPOSITORY_URL, or GitHub Actions' own variables. Without it pages show the date only.
 */
export const repository = {
  url:
    process.env.MIERNIK_REPOSITORY_URL ||
    (process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}` : undefined),
  branch: process.env.MIERNIK_REPOSITORY_BRANCH || 'main',
};

export const UNKNOWN = 'nie ustalono — dane zostaną uzupełnione przez wydawcę serwisu';
