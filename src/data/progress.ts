// Progress on the built site: the date the data is as of (which years have ended — never the build
// machine's clock) and the endpoints of /dane/postep.*.
import type { APIRoute } from 'astro';
import { getSite } from './site.ts';
import { getSiteFacts } from './siteFacts.ts';
import { getSiteWorkbooks } from './workbooks.ts';
import { latestContentDate } from './gitDates.ts';
import { siteFile } from '../lib/exportFiles.ts';
import { siteBase } from '../lib/urls.ts';
import { XLSX_MEDIATYPE } from '../lib/xlsx.ts';

/** One page per programme, the programme as its prop (the reporting status pages). */
export const programmePaths = async () =>
  (await getSite()).programmes.map((programme) => ({ params: { slug: programme.slug }, props: { programme } }));

/** "2026-12-01": the last change of the content in git, else content/site.yaml's updatedOn; undefined when neither is known. */
export const getAsOf = async (): Promise<string | undefined> => latestContentDate() ?? (await getSiteFacts()).facts.updatedOn;

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', xlsx: XLSX_MEDIATYPE } as const;

/** The endpoint of one of postep.csv, postep.json, postep.xlsx: the same bytes /dane/ and datapackage.json measure. */
export const progressFileRoute =
  (format: keyof typeof MEDIA_TYPES): APIRoute =>
  async ({ site }) => {
    const base = siteBase(site);
    const name = `postep.${format}`;
    const body =
      format === 'xlsx' ? (await getSiteWorkbooks(base)).find((f) => f.name === name)!.bytes : siteFile(await getSite(), name, base).text;
    return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[format] } });
  };
