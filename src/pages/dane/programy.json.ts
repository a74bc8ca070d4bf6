import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { programmeList } from '../../lib/exportRows.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(programmeList(await getSite(), siteBase(site)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
