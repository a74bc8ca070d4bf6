import type { APIRoute } from 'astro';
import { siteBase } from '../../lib/urls.ts';
import { XLSX_MEDIATYPE } from '../../lib/xlsx.ts';
import { getSiteWorkbooks } from '../../data/workbooks.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await getSiteWorkbooks(siteBase(site))).find((f) => f.name === 'dzialania.xlsx')!.bytes, {
    headers: { 'Content-Type': XLSX_MEDIATYPE },
  });
