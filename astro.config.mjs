// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentData } from './src/lib/contentFile.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { abbrPlugin } from './src/integrations/abbrPlugin.ts';
import { externalLinksPlugin } from './src/integrations/externalLinksPlugin.ts';
import { leanMdxPlugin } from './src/integrations/leanMdxPlugin.ts';
import { t } from './src/i18n/pl.ts';
import { configuredBase } from './src/config/base.ts';
import { sitemapFilter } from './src/lib/crawl.ts';

const contentDir = process.env.MIERNIK_CONTENT ?? 'content';
const glossaryFile = resolve(contentDir, 'glossary.yaml');
// Read as the checker and the collections read it (src/lib/contentFile.ts).
const glossary = /** @type {{ abbr: string; full: string }[]} */ (
  existsSync(glossaryFile) ? (contentData(readFileSync(glossaryFile), false, glossaryFile).data ?? []) : []
);

export default defineConfig({
  // Set SITE_URL to the public address (e.g. https://dane.example.pl) to get absolute URLs in the export.
  site: process.env.SITE_URL || undefined,
  // The path the site is served under ('/' unless SITE_BASE or the path of SITE_URL says otherwise);
  // every internal URL comes from src/lib/urls.ts, which honours it.
  base: configuredBase(process.env),
  outDir: process.env.MIERNIK_OUT || 'dist',
  // The benchmark gives each corpus a cold cache of its own.
  cacheDir: process.env.MIERNIK_CACHE_DIR || undefined,
  trailingSlash: 'always',
  // Polish at the root; /uk/ and /en/ hold the resident's path (src/lib/langs.ts lists the routes).
  i18n: { locales: ['pl', 'uk', 'en'], defaultLocale: 'pl', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Scripts as files, never inline: cached once, and a Content-Security-Policy needs no 'unsafe-inline'.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with "use astro:head-inject", and Rolldown warns about it
        // once per file (withastro/astro#18087): hundreds of lines that would hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [leanMdxPlugin(contentDir)],
  },
  markdown: { processor: satteri({ hastPlugins: [abbrPlugin(glossary), externalLinksPlugin(t.externalLink)] }) },
  // The sitemap needs absolute URLs: written only when SITE_URL is set (robots.txt then names it).
  integrations: [mdx(), ...(process.env.SITE_URL ? [sitemap({ filter: sitemapFilter(configuredBase(process.env)) })] : [])],
});
