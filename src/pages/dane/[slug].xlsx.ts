import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { getProgrammeWorkbook } from '../../data/workbooks.ts';
import { siteBase } from '../../lib/urls.ts';
import { XLSX_MEDIATYPE } from '../../lib/xlsx.ts';

export const getStaticPaths = (async () =>
  (await getSite()).programmes.map((programme) => ({ params: { slug: programme.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response((await getProgrammeWorkbook(params.slug!, siteBase(site))).bytes, { headers: { 'Content-Type': XLSX_MEDIATYPE } });
