import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { getHistory } from '../data/history.ts';
import { siteFeed } from '../lib/feeds.ts';
import { siteBase } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(siteFeed(await getSite(), getHistory(), siteBase(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
