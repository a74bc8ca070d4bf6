import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { EXPORT_FIELDS, siteRows } from '../../lib/exportRows.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(siteRows(await getSite(), siteBase(site)), EXPORT_FIELDS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
