// The easy-to-read content (content/easy-read.yaml and content/programmes/<slug>/easy-read.yaml),
// read once per build from the collections.
import { getCollection, getEntry } from 'astro:content';
import type { EasyRead } from '../schemas/easyRead.ts';

export interface EasyReadContent {
  /** The site's page; undefined without content/easy-read.yaml. */
  site: EasyRead | undefined;
  /** Programme slug → its page. */
  programmes: Map<string, EasyRead>;
}

let cache: Promise<EasyReadContent> | undefined;

async function load(): Promise<EasyReadContent> {
  const [site, programmes] = await Promise.all([getEntry('easyReadSite', 'site'), getCollection('easyRead')]);
  return { site: site?.data, programmes: new Map(programmes.map((e) => [e.id, e.data])) };
}

export const getEasyRead = () => (cache ??= load());
