import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { getSiteWorkbooks } from '../../data/workbooks.ts';
import { siteBase } from '../../lib/urls.ts';
import { dataPackage, packageLists } from '../../lib/datapackage.ts';
import { jsonText, siteFiles } from '../../lib/exportFiles.ts';
import { t } from '../../i18n/pl.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = siteBase(site);
  const model = await getSite();
  const files = { site: [...siteFiles(model, base), ...(await getSiteWorkbooks(base))], ...packageLists(model) };
  return new Response(jsonText(dataPackage(files, t.downloads, base)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
