import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { dataPackage, jsonText, siteFiles } from '../../lib/datapackage.ts';
import { t } from '../../i18n/pl.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = siteBase(site);
  return new Response(jsonText(dataPackage(siteFiles(await getSite(), base), t.downloads, base)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
