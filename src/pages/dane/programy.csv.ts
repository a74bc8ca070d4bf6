import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { programmeList } from '../../lib/exportRows.ts';
import { PROGRAMME_COLUMNS } from '../../lib/exportFiles.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(programmeList(await getSite(), siteBase(site)), PROGRAMME_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
