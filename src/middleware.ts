// Each page as it is rendered (at build time for this static site, and by `npm run dev`): numbers
// in its text kept on one line (src/lib/htmlNumbers.ts). Data files (CSV, JSON, XLSX) pass untouched.
import { defineMiddleware } from 'astro:middleware';
import { keepNumbersTogetherInHtml } from './lib/htmlNumbers.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = keepNumbersTogetherInHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
