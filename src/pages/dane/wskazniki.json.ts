import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { siteRows } from '../../lib/exportRows.ts';
import { jsonText } from '../../lib/exportFiles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonText(siteRows(await getSite(), siteBase(site))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
