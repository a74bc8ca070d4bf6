import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { siteFile } from '../../lib/exportFiles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(siteFile(await getSite(), 'mierniki.json', siteBase(site)).text, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
