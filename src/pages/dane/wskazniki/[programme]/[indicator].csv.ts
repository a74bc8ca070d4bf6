import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../data/site.ts';
import { siteBase } from '../../../../lib/urls.ts';
import { indicatorRows } from '../../../../lib/explorer.ts';
import { exportCsv } from '../../../../lib/datapackage.ts';
import type { PlacedIndicator, ProgrammeModel } from '../../../../lib/model.ts';

export const getStaticPaths = (async () =>
  (await getSite()).programmes.flatMap((programme) =>
    programme.indicators.map((placed) => ({ params: { programme: programme.slug, indicator: placed.indicator.id }, props: { programme, placed } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ programme: ProgrammeModel; placed: PlacedIndicator }> = ({ props, site }) =>
  new Response(exportCsv(indicatorRows(props.programme, props.placed, siteBase(site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
