// The publisher's facts (publisher, contact, dates, the quick exit's target) are content:
// content/site.yaml, read through src/data/siteFacts.ts. What is left here comes from the environment.

/**
 * Where the content's history can be read (the repository's web address), for "last changed"
 * links: MIERNIK_REPOSITORY_URL, or GitHub Actions' own variables. Without it pages show the date only.
 */
export const repository = {
  url:
    process.env.MIERNIK_REPOSITORY_URL ||
    (process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY
      ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}`
      : undefined),
  branch: process.env.MIERNIK_REPOSITORY_BRANCH || 'main',
};
