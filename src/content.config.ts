// Collections only: the schemas live in src/schemas, one module per content type.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import * as schemas from './schemas/index.ts';

// MIERNIK_CONTENT points the build at another content folder (tests use fixture folders).
const base = process.env.MIERNIK_CONTENT ?? './content';
/** Entry ids: programme slug, or "<programme>/<file name>" for files inside a programme. */
const inProgramme = ({ entry }: { entry: string }) => entry.replace(/\/(goals|reports)\//, '/').replace(/\.(mdx|yaml)$/, '');
const byKey = (key: 'abbr' | 'id') => (text: string) =>
  Object.fromEntries((parse(text) as Record<string, string>[]).map((item) => [item[key], item]));

export const collections = {
  organisations: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/organisations` }), schema: schemas.organisation }),
  institutions: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/institutions` }), schema: schemas.institution }),
  glossary: defineCollection({ loader: file(`${base}/glossary.yaml`, { parser: byKey('abbr') }), schema: schemas.glossaryEntry }),
  series: defineCollection({ loader: file(`${base}/series.yaml`, { parser: byKey('id') }), schema: schemas.seriesEntry }),
  helplines: defineCollection({ loader: file(`${base}/helplines.yaml`, { parser: byKey('id') }), schema: schemas.helpline }),
  helpTopics: defineCollection({ loader: file(`${base}/help-topics.yaml`, { parser: byKey('id') }), schema: schemas.helpTopic }),
  programmes: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base: `${base}/programmes`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: schemas.programme,
  }),
  goals: defineCollection({ loader: glob({ pattern: '*/goals/*.mdx', base: `${base}/programmes`, generateId: inProgramme }), schema: schemas.goal }),
  statistics: defineCollection({
    loader: glob({ pattern: '*/statistics.yaml', base: `${base}/programmes`, generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: schemas.statistics,
  }),
  reports: defineCollection({ loader: glob({ pattern: '*/reports/*.mdx', base: `${base}/programmes`, generateId: inProgramme }), schema: schemas.report }),
};
