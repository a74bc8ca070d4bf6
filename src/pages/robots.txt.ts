// /robots.txt: see src/lib/crawl.ts. The sitemap exists only when SITE_URL is set (sitemaps need absolute URLs).
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/crawl.ts';
import { SITEMAP_PATH, sitePath } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ? new URL(sitePath(SITEMAP_PATH), site) : undefined), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
