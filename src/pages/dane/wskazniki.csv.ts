import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { siteRows } from '../../lib/exportRows.ts';
import { exportCsv } from '../../lib/exportFiles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(exportCsv(siteRows(await getSite(), siteBase(site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
