// The e2e fixture: one static server and one Chromium per test file (scripts/lib/browser.ts
// `openSite`), started before the file's first test and closed after its last.
//
// Hooks rather than `test.extend` fixtures: the e2e files drive the browser from module-level
// helpers (search(), open(), tabTo()) and use `it.each`, whose callbacks get no test context.
//
//   const site = useSite({ context: { viewport: PHONE } });
//   it('…', async () => {
//     const page = await site.page({ javaScriptEnabled: false });
//     await page.goto(`${site.url}/pomoc/`);
//   });
//
// A context opened during a test (its beforeEach included) is closed after that test; one opened
// in beforeAll lives until the file ends. Closing one earlier by hand does no harm.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { openSite, type OpenSite } from '../../scripts/lib/browser.ts';
import { isLocal } from '../../scripts/lib/server.ts';
import { DIST } from '../../scripts/lib/dist.ts';

export interface SiteOptions {
  /** The built site to serve: the real build (dist/, or MIERNIK_OUT) by default, or a fixture site. */
  dir?: string;
  /** Defaults for every context the fixture opens; a context's own options override them key by key. */
  context?: BrowserContextOptions;
  /** Abort (net::ERR_BLOCKED_BY_CLIENT) every request of its contexts that would leave the server, before it reaches the network. */
  offline?: boolean;
}

export interface Site {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly browser: Browser;
  /** A URL of this server, or one that never touches the network (data:, blob:, about:). */
  isLocal(url: string): boolean;
  /** A new browser context with the file's defaults and `options`. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new tab in a new context (as `context`). */
  page(options?: BrowserContextOptions): Promise<Page>;
}

export function useSite(options: SiteOptions = {}): Site {
  let open: OpenSite | undefined;
  /** Contexts opened by the running test; null outside a test. */
  let perTest: BrowserContext[] | null = null;
  const started = (): OpenSite => {
    if (!open) throw new Error('useSite(): the site is open only from beforeAll to afterAll of the file that calls it');
    return open;
  };

  beforeAll(async () => {
    open = await openSite(options.dir ?? DIST);
  });
  afterAll(async () => {
    await open?.close();
    open = undefined;
  });
  beforeEach(() => {
    perTest = [];
  });
  afterEach(async () => {
    const contexts = perTest ?? [];
    perTest = null;
    await Promise.all(contexts.map((c) => c.close()));
  });

  const site: Site = {
    get url() {
      return started().url;
    },
    get browser() {
      return started().browser;
    },
    isLocal: (url) => isLocal(url, started().url),
    async context(own = {}) {
      const context = await started().browser.newContext({ ...options.context, ...own });
      perTest?.push(context);
      if (options.offline)
        await context.route(
          (url) => !site.isLocal(url.href),
          (route) => route.abort('blockedbyclient'),
        );
      return context;
    },
    async page(own) {
      return (await site.context(own)).newPage();
    },
  };
  return site;
}
