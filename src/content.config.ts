// Collections only: the schemas live in src/schemas, one module per content type. Every file is
// read by src/contentLoaders.ts with the same reader as `npm run check` (src/lib/contentFile.ts).
import { defineCollection } from 'astro:content';
import { contentGlob as glob, contentList, contentObject } from './contentLoaders.ts';
import * as schemas from './schemas/index.ts';

// MIERNIK_CONTENT points the build at another content folder (tests use fixture folders).
const base = process.env.MIERNIK_CONTENT ?? './content';
/** Entry ids: programme slug, or "<programme>/<file name>" for files inside a programme. */
const inProgramme = ({ entry }: { entry: string }) => entry.replace(/\/(goals|reports)\//, '/').replace(/\.(mdx|yaml)$/, '');

export const collections = {
  organisations: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/organisations` }), schema: schemas.organisation }),
  institutions: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/institutions` }), schema: schemas.institution }),
  glossary: defineCollection({ loader: contentList(`${base}/glossary.yaml`, 'abbr'), schema: schemas.glossaryEntry }),
  series: defineCollection({ loader: contentList(`${base}/series.yaml`, 'id'), schema: schemas.seriesEntry }),
  helplines: defineCollection({ loader: contentList(`${base}/helplines.yaml`, 'id'), schema: schemas.helpline }),
  helpTopics: defineCollection({ loader: contentList(`${base}/help-topics.yaml`, 'id'), schema: schemas.helpTopic }),
  programmes: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${base}/programmes`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: schemas.programme,
  }),
  goals: defineCollection({
    loader: glob({ pattern: '*/goals/*.mdx', base: `${base}/programmes`, generateId: inProgramme }),
    schema: schemas.goal,
  }),
  statistics: defineCollection({
    loader: glob({ pattern: '*/statistics.yaml', base: `${base}/programmes`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: schemas.statistics,
  }),
  reports: defineCollection({
    loader: glob({ pattern: '*/reports/*.mdx', base: `${base}/programmes`, generateId: inProgramme }),
    schema: schemas.report,
  }),
  // Easy-to-read pages (/latwy-tekst/): content/easy-read.yaml as one entry "site", and one per programme folder.
  easyReadSite: defineCollection({ loader: contentObject(`${base}/easy-read.yaml`, 'site'), schema: schemas.easyRead }),
  easyRead: defineCollection({
    loader: glob({ pattern: '*/easy-read.yaml', base: `${base}/programmes`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: schemas.easyRead,
  }),
  // content/site.yaml as one entry "site"; the file is optional (pages then say each fact is not established).
  site: defineCollection({ loader: contentObject(`${base}/site.yaml`, 'site'), schema: schemas.site }),
};
