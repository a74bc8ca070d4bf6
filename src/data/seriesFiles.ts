// A series' own downloads (dane/serie/<id>.csv|json|xlsx): the endpoints serve them, the series page
// states their sizes. Their rows are wskazniki.*'s rows of the series' members, across editions and towns.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from './site.ts';
import { getSeriesWorkbook } from './workbooks.ts';
import { seriesTexts } from '../lib/exportFiles.ts';
import { seriesViews } from '../lib/series.ts';
import { siteBase } from '../lib/urls.ts';
import { XLSX_MEDIATYPE } from '../lib/xlsx.ts';

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', xlsx: XLSX_MEDIATYPE } as const;

/** One route per series. */
export const seriesFilePaths = (async () =>
  seriesViews(await getSite()).map((s) => ({ params: { series: s.id } }))) satisfies GetStaticPaths;

/** The endpoint of serie/<id>.csv, .json or .xlsx. */
export const seriesFileRoute =
  (format: keyof typeof MEDIA_TYPES): APIRoute =>
  async ({ params, site }) => {
    const siteUrl = siteBase(site);
    const body =
      format === 'xlsx'
        ? (await getSeriesWorkbook(params.series!, siteUrl)).bytes
        : seriesTexts(await getSite(), params.series!, siteUrl)[format];
    return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[format] } });
  };
