// The publisher's facts from content/site.yaml (through the "site" collection). Without the file
// every fact is unknown and the quick exit keeps the schema's default target.
import { getEntry } from 'astro:content';
import { site, type SiteFacts } from '../schemas/site.ts';

export interface SiteFactsEntry {
  facts: SiteFacts;
  /** content/site.yaml as the collections name it, for "last changed"; absent without the file. */
  file?: string;
}

let cache: Promise<SiteFactsEntry> | undefined;

async function load(): Promise<SiteFactsEntry> {
  const entry = await getEntry('site', 'site');
  return { facts: entry?.data ?? site.parse({}), file: entry?.filePath };
}

export const getSiteFacts = () => (cache ??= load());
