import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { programmeList } from '../../lib/exportRows.ts';
import { jsonText } from '../../lib/exportFiles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonText(programmeList(await getSite(), siteBase(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
