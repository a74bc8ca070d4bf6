import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { getHistory } from '../../../data/history.ts';
import { programmeFeed } from '../../../lib/feeds.ts';
import { siteBase } from '../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await getSite()).programmes.map((programme) => ({ params: { slug: programme.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(programmeFeed(await getSite(), getHistory(), siteBase(site), params.slug!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
