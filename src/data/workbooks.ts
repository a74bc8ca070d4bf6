// The Excel workbooks of /dane/, each written once per build: the endpoint serves its bytes and the
// pages that link it (/dane/, a programme's page, its indicators' pages) state their size.
import { getSite } from './site.ts';
import { programmeWorkbook, seriesWorkbook, siteWorkbooks, type XlsxFile } from '../lib/exportWorkbooks.ts';
import { t } from '../i18n/pl.ts';

const sheets = t.downloads.sheets;
let site: Promise<XlsxFile[]> | undefined;
const programmes = new Map<string, Promise<XlsxFile>>();

/** wskazniki.xlsx and programy.xlsx (`siteUrl` is the same for a whole build: siteBase(Astro.site)). */
export const getSiteWorkbooks = (siteUrl: string) => (site ??= getSite().then((s) => siteWorkbooks(s, sheets, siteUrl)));

/** <slug>.xlsx. */
export function getProgrammeWorkbook(slug: string, siteUrl: string): Promise<XlsxFile> {
  let book = programmes.get(slug);
  if (!book) {
    book = getSite().then((s) => {
      const p = s.programmes.find((x) => x.slug === slug);
      if (!p) throw new Error(`no programme ${slug}`);
      return programmeWorkbook(p, sheets.values, siteUrl);
    });
    programmes.set(slug, book);
  }
  return book;
}

const series = new Map<string, Promise<XlsxFile>>();

/** serie/<id>.xlsx, made once: the endpoint serves it and the series page states its size. */
export function getSeriesWorkbook(seriesId: string, siteUrl: string): Promise<XlsxFile> {
  let book = series.get(seriesId);
  if (!book) {
    book = getSite().then((s) => seriesWorkbook(s, seriesId, sheets.values, siteUrl));
    series.set(seriesId, book);
  }
  return book;
}
