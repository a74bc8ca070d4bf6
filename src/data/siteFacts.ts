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

export const getSiteFacts = () =>
  (cache ??= getEntry('site', 'site').then((entry) => ({ facts: entry?.data ?? site.parse({}), file: entry?.filePath })));
