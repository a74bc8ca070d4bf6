import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteBase } from '../../lib/urls.ts';
import { programmeRows } from '../../lib/exportRows.ts';
import { jsonText } from '../../lib/exportFiles.ts';
import type { ProgrammeModel } from '../../lib/model.ts';

export const getStaticPaths = (async () =>
  (await getSite()).programmes.map((programme) => ({ params: { slug: programme.slug }, props: { programme } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ programme: ProgrammeModel }> = ({ props, site }) =>
  new Response(jsonText(programmeRows(props.programme, siteBase(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
