// The real-browser quality gate (DESIGN.md, "Tests, in layers"): every built page is visited once
// in Debian Chromium and held to axe-core (WCAG 2.0/2.1/2.2 A+AA and best practices), no request
// to another origin, keyboard paths with visible and unobscured focus, 320 px reflow, WCAG 1.4.12
// text spacing, forced colours and reduced motion. The same functions run on the deliberately
// broken fixture site (tests/e2e/gate-catches-broken-page.test.ts), which proves they can fail.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from './browser.ts';
import { isLocal } from './server.ts';

export type Check = 'axe' | 'requests' | 'keyboard' | 'focus' | 'reflow' | 'spacing' | 'forced-colors' | 'motion' | 'load';

export interface Finding {
  /** Page path relative to the site root, e.g. `programy/index.html`. */
  page: string;
  check: Check;
  /** axe rule id, or a short name of the gate's own rule. */
  rule: string;
  message: string;
  targets?: string[];
  helpUrl?: string;
}

export interface PageResult {
  page: string;
  findings: Finding[];
  /** axe violations (rules), for the report script. */
  axeViolations: number;
  /** Bytes of response bodies: the page and every subresource it loaded. */
  bytes: number;
  /** URLs the page requested from another origin. */
  foreign: string[];
  /** URLs the gate aborted before they reached the network (every foreign one should be here). */
  blocked: string[];
  ms: number;
  /** Elements the keyboard walk focused, in order (their selectors). */
  tabStops: string[];
  /** Milliseconds per phase of the visit, to see where the time goes. */
  phases: Record<string, number>;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 1.4.12 Text Spacing: the values a user style sheet may impose. */
const TEXT_SPACING_CSS = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }
`;

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };

/** The checks a gate can run; `requests` and `load` always run. */
export const ALL_CHECKS: Check[] = ['axe', 'keyboard', 'focus', 'spacing', 'reflow', 'forced-colors', 'motion', 'requests', 'load'];

export interface GateOptions {
  /** Run only these checks (default: all). The keyboard walk also yields the focus findings. */
  checks?: Check[];
}

export interface Gate {
  url: string;
  check(page: string): Promise<PageResult>;
  close(): Promise<void>;
}

/** What one visit collects from the page's events. */
interface Visit {
  requested: string[];
  blocked: string[];
  sizes: Promise<number>[];
  errors: string[];
  /** Own-origin requests that failed or answered with an HTTP error (broken subresources). */
  failed: string[];
}

/**
 * Serves `dir` on 127.0.0.1, launches Chromium and returns a checker for pages of that directory;
 * given a site already open (the e2e fixture's), it uses that server and browser and closes only its own context.
 * One browser, one context, one tab reused for every page: a new tab costs ~200 ms, a navigation ~60 ms.
 */
export async function openGate(site: string | Pick<OpenSite, 'url' | 'browser'>, options: GateOptions = {}): Promise<Gate> {
  const checks = new Set<Check>(options.checks ?? ALL_CHECKS);
  const own = typeof site === 'string' ? await openSite(site) : undefined;
  const { url: origin, browser } = own ?? (site as Exclude<typeof site, string>);
  try {
    // Reduced motion from the very first paint, so that animations started on load count.
    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce', serviceWorkers: 'block' });
    // Anything not served by our own server is aborted (and reported by the request check), so
    // a page that refers to another origin fails without the machine ever going on the network.
    let visit: Visit = { requested: [], blocked: [], sizes: [], errors: [], failed: [] };
    await context.route(
      (url) => !isLocal(url.href, origin),
      (route) => {
        visit.blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    // No WebSocket goes anywhere either; one to another origin counts as a foreign request.
    await context.routeWebSocket(/.*/, (ws) => {
      if (!isLocal(ws.url().replace(/^ws/, 'http'), origin)) {
        visit.requested.push(ws.url());
        visit.blocked.push(ws.url());
      }
      return ws.close();
    });
    // axe-core goes into every document as an init script: no request, and cheaper than
    // injecting a 500 KB script tag after each load.
    await context.addInitScript({ content: AXE_SOURCE });
    const tab = await context.newPage();
    tab.on('request', (r) => visit.requested.push(r.url()));
    tab.on('requestfinished', (r) =>
      visit.sizes.push(
        r.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      ),
    );
    tab.on('pageerror', (e) => visit.errors.push(e.message));
    tab.on('response', (r) => {
      if (r.status() >= 400 && isLocal(r.url(), origin)) visit.failed.push(`HTTP ${r.status()} ${r.url().slice(origin.length)}`);
    });
    tab.on('requestfailed', (r) => {
      // ERR_ABORTED: cancelled by the next navigation (e.g. the favicon), not a broken file.
      const error = r.failure()?.errorText ?? 'failed';
      if (isLocal(r.url(), origin) && error !== 'net::ERR_ABORTED') visit.failed.push(`${error} ${r.url().slice(origin.length)}`);
    });
    return {
      url: origin,
      check: async (page) => {
        visit = { requested: [], blocked: [], sizes: [], errors: [], failed: [] };
        return checkPage(tab, origin, page, visit, checks);
      },
      close: async () => {
        if (own) await own.close();
        else await context.close();
      },
    };
  } catch (e) {
    await own?.close();
    throw e;
  }
}

/** One visit of one page; every check runs on it in turn. */
async function checkPage(page: Page, origin: string, pagePath: string, visit: Visit, checks: Set<Check>): Promise<PageResult> {
  const started = Date.now();
  const findings: Finding[] = [];
  const add = (check: Check, rule: string, message: string, extra: Partial<Finding> = {}) =>
    findings.push({ page: pagePath, check, rule, message, ...extra });
  let axeViolations = 0;
  const phases: Record<string, number> = {};
  let lap = Date.now();
  const phase = (name: string) => {
    phases[name] = Date.now() - lap;
    lap = Date.now();
  };
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  const url = origin + '/' + pagePath.replace(/(^|\/)index\.html$/, '$1');
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) add('load', 'http-status', `HTTP ${response?.status()} for ${url}`);
  phase('load');

  // (f, part 1) Reduced motion: nothing animates once the page has loaded.
  if (checks.has('motion')) {
    const animations = await page.evaluate(runningAnimations);
    if (animations.length) add('motion', 'reduced-motion', `with prefers-reduced-motion: reduce these still run: ${animations.join('; ')}`);
  }

  // (a) axe-core (already in the page, see openGate).
  if (checks.has('axe')) {
    const axe = await page.evaluate(runAxe, AXE_TAGS);
    axeViolations = axe.length;
    for (const v of axe) add('axe', v.id, `[${v.impact}] ${v.help}`, { targets: v.targets, helpUrl: v.helpUrl });
    phase('axe');
  }

  // (d) Keyboard: the first Tab reaches the skip link, Tab walks the whole page, every stop visibly focused.
  let tabStops: string[] = [];
  if (checks.has('keyboard')) {
    tabStops = await keyboardChecks(page, add);
    phase('keyboard');
  }

  // (e) Text spacing (WCAG 1.4.12): no clipped text in main.
  if (checks.has('spacing')) {
    const clipped = await page.evaluate(findClipped, TEXT_SPACING_CSS);
    if (clipped.length)
      add('spacing', 'text-spacing-clipped', 'with WCAG 1.4.12 text spacing these clip their content (overflow hidden)', {
        targets: clipped,
      });
    phase('spacing');
  }

  // (c) Reflow at 320 CSS px: no horizontal scrolling of the page; only scroll containers may be wider.
  if (checks.has('reflow')) {
    await page.setViewportSize(NARROW);
    const reflow = await page.evaluate(findOverflow);
    if (reflow.scrollWidth > reflow.clientWidth)
      add(
        'reflow',
        'reflow-320',
        `page scrolls horizontally at 320 px: scrollWidth ${reflow.scrollWidth} > clientWidth ${reflow.clientWidth}`,
        {
          targets: reflow.culprits,
        },
      );
    phase('reflow');
  }

  // (f, part 2) Forced colours: main still shows text.
  if (checks.has('forced-colors')) {
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await page.evaluate(visibleTextInMain);
    if (!forced.ok) add('forced-colors', 'forced-colors-text', `with forced-colors: active, main shows no visible text (${forced.why})`);
    phase('forced');
  }

  // (b) Requests: only our own origin. Checked last, so requests made late (lazy scripts) count too.
  const foreign = [...new Set(visit.requested.filter((u) => !isLocal(u, origin)))];
  for (const u of foreign) add('requests', 'foreign-origin', `request to another origin: ${new URL(u).host} (${u})`);
  for (const e of visit.errors) add('load', 'page-error', `JavaScript error: ${e}`);
  // The document itself is reported by http-status above.
  for (const f of new Set(visit.failed))
    if (!f.endsWith(' ' + url.slice(origin.length))) add('load', 'broken-subresource', `subresource not loaded: ${f}`);

  const bytes = (await Promise.all(visit.sizes)).reduce((a, b) => a + b, 0);
  return {
    page: pagePath,
    findings,
    axeViolations,
    bytes,
    foreign,
    blocked: [...visit.blocked],
    ms: Date.now() - started,
    phases,
    tabStops,
  };
}

type Add = (check: Check, rule: string, message: string, extra?: Partial<Finding>) => void;

async function keyboardChecks(page: Page, add: Add): Promise<string[]> {
  // The focusable elements the browser would visit, to cap the walk.
  const tabbable = await page.evaluate(() => {
    const sel =
      'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"]), audio[controls], video[controls]';
    return [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled).length;
  });
  // Each focus stop is inspected by a capturing keydown listener when the next Tab arrives, i.e.
  // once the browser has moved and scrolled to it; Tabs are then sent in batches without waiting
  // for each (a lone awaited key press costs a frame, ~15 ms; 600 links would take 10 s).
  await page.evaluate(`(() => {
    const inspect = ${inspectFocus.toString()};
    const w = window;
    w.__gateInspect = inspect;
    w.__gateStops = [];
    w.addEventListener('keydown', (e) => { if (e.key === 'Tab') w.__gateStops.push(inspect()); }, true);
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  })()`);

  const cap = tabbable + 10;
  let walk = analyseWalk([]);
  for (let pressed = 0; pressed < cap && !walk.end;) {
    const n = Math.min(BATCH, cap - pressed);
    await Promise.all(Array.from({ length: n }, () => page.keyboard.press('Tab')));
    pressed += n;
    // States after presses 1..pressed: the log holds the states before each press.
    const states = await page.evaluate(() => {
      const w = window as unknown as { __gateStops: FocusStop[]; __gateInspect: () => FocusStop };
      return [...w.__gateStops.slice(1), w.__gateInspect()];
    });
    walk = analyseWalk(states);
  }
  const { stops, end } = walk;
  if (end === 'trap') add('keyboard', 'keyboard-trap', `Tab does not move focus away from ${stops.at(-1)!.selector}`);
  if (!end)
    add(
      'keyboard',
      'keyboard-trap',
      `after ${cap} Tab presses (${tabbable} focusable elements + 10) focus had neither wrapped nor left the page; last: ${stops
        .slice(-3)
        .map((s) => s.selector)
        .join(', ')}`,
    );

  const first = stops[0];
  if (!first || !first.isSkipLink)
    add('keyboard', 'skip-link-first', `the first Tab focuses ${first ? first.selector : 'nothing'}, not the skip link a[href="#tresc"]`);
  const noIndicator = stops.filter((s) => !s.indicator).map((s) => s.selector);
  if (noIndicator.length)
    add('focus', 'focus-visible', 'focused without a visible focus indicator (outline or box-shadow)', { targets: noIndicator });
  const covered = stops.filter((s) => s.coveredBy).map((s) => `${s.selector} (covered by ${s.coveredBy})`);
  if (covered.length)
    add('focus', 'focus-not-obscured', 'focused element hidden under another element (WCAG 2.4.11)', { targets: covered });

  // Activating the skip link moves focus to main#tresc.
  const hasSkip = await page.evaluate(() => {
    const skip = document.querySelector<HTMLAnchorElement>('a[href="#tresc"]');
    skip?.focus();
    return !!skip && document.activeElement === skip;
  });
  if (!hasSkip) {
    add('keyboard', 'skip-link', 'no focusable skip link a[href="#tresc"]');
    return stops.map((s) => s.selector);
  }
  await page.keyboard.press('Enter');
  const landed = await page.evaluate(() => {
    const main = document.querySelector('main#tresc');
    if (!main) return 'no main#tresc on the page';
    const active = document.activeElement;
    if (active === main || main.contains(active)) return '';
    const top = main.getBoundingClientRect().top;
    return `focus is on ${active ? active.tagName.toLowerCase() : 'nothing'} and main#tresc is ${Math.round(top)} px from the top of the viewport`;
  });
  if (landed) add('keyboard', 'skip-link-target', `activating the skip link does not move focus to main#tresc: ${landed}`);
  return stops.map((s) => s.selector);
}

const BATCH = 25;

/**
 * The focus stops of a Tab walk up to where it ends: focus left the document (`left`), came back
 * to the first stop (`wrapped`) or stayed put (`trap`); `end` is empty while the walk goes on.
 */
function analyseWalk(states: FocusStop[]): { stops: FocusStop[]; end: '' | 'left' | 'wrapped' | 'trap' } {
  const stops: FocusStop[] = [];
  for (const s of states) {
    if (s.isBody) return { stops, end: 'left' };
    if (stops.length && s.key === stops[0]!.key) return { stops, end: 'wrapped' };
    if (stops.length && s.key === stops.at(-1)!.key) return { stops, end: 'trap' };
    stops.push(s);
  }
  return { stops, end: '' };
}

interface FocusStop {
  key: string;
  selector: string;
  isBody: boolean;
  isSkipLink: boolean;
  indicator: boolean;
  coveredBy: string;
}

/** The part of an axe-core result the gate reads. */
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
}

// ---- Functions below run inside the page (serialised by page.evaluate): no closures. ----

async function runAxe(tags: string[]) {
  const axe = (window as unknown as { axe?: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
  if (!axe) throw new Error('axe-core is not in the page');
  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return r.violations.map((v) => ({
    id: v.id as string,
    impact: v.impact as string,
    help: v.help as string,
    helpUrl: v.helpUrl as string,
    targets: (v.nodes as { target: unknown[] }[]).map((n) => n.target.map(String).join(' >> ')),
  }));
}

function runningAnimations(): string[] {
  return document
    .getAnimations()
    .filter((a) => a.playState === 'running' || a.pending)
    .map((a) => {
      const el = (a.effect as KeyframeEffect | null)?.target as Element | null;
      const name =
        'animationName' in a
          ? `animation ${(a as CSSAnimation).animationName}`
          : 'transitionProperty' in a
            ? `transition of ${(a as CSSTransition).transitionProperty}`
            : 'script animation';
      const where = el
        ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '')
        : '?';
      return `${name} on ${where}`;
    });
}

function inspectFocus(): FocusStop {
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.documentElement && parts.length < 4; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) {
        parts.unshift(`${s}#${e.id}`);
        break;
      }
      const cls = [...e.classList].slice(0, 2);
      if (cls.length) s += '.' + cls.join('.');
      const href = e.getAttribute('href');
      if (e === el && href) s += `[href="${href}"]`;
      const parent = e.parentElement;
      if (parent && !cls.length && !href) {
        const same = [...parent.children].filter((c) => c.tagName === e!.tagName);
        if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  if (!el || el === document.body || el === document.documentElement)
    return { key: 'body', selector: 'body', isBody: true, isSkipLink: false, indicator: false, coveredBy: '' };
  const w = window as unknown as { __gateIds?: WeakMap<Element, number>; __gateNext?: number };
  w.__gateIds ??= new WeakMap();
  if (!w.__gateIds.has(el)) w.__gateIds.set(el, (w.__gateNext = (w.__gateNext ?? 0) + 1));
  const key = String(w.__gateIds.get(el));

  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  // Some widgets draw the indicator on a wrapper (:focus-within); accept that too.
  let wrapper = false;
  for (let p = el.parentElement, n = 0; p && n < 2 && !wrapper; p = p.parentElement, n++) {
    if (!p.matches(':focus-within')) continue;
    const ps = getComputedStyle(p);
    wrapper = (ps.outlineStyle !== 'none' && parseFloat(ps.outlineWidth) > 0) || (ps.boxShadow !== 'none' && ps.boxShadow !== '');
  }

  // Not obscured: the centre of (the visible part of) one of its boxes hits the element itself.
  let coveredBy = '';
  const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) coveredBy = 'nothing — it has no size';
  else {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    let hitSelf = false;
    let other = '';
    for (const r of rects) {
      const left = Math.max(r.left, 0),
        right = Math.min(r.right, vw),
        top = Math.max(r.top, 0),
        bottom = Math.min(r.bottom, vh);
      if (right <= left || bottom <= top) continue;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (hit && (hit === el || el.contains(hit))) {
        hitSelf = true;
        break;
      }
      if (hit && !other) other = describe(hit);
    }
    if (!hitSelf) coveredBy = other || 'the edge of the viewport — it is outside it';
  }
  return {
    key,
    selector: describe(el),
    isBody: false,
    isSkipLink: el.matches('a[href="#tresc"]'),
    indicator: outline || shadow || wrapper,
    coveredBy,
  };
}

/** Elements of main that clip their text once the text-spacing style sheet `css` applies. */
function findClipped(css: string): string[] {
  const out: string[] = [];
  const main = document.querySelector('main');
  if (!main) return out;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    for (const el of [main, ...main.querySelectorAll<HTMLElement>('*')]) {
      const cs = getComputedStyle(el);
      const hiddenX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const hiddenY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!hiddenX && !hiddenY) continue;
      // Visually hidden text (the "sr-only" pattern) is clipped on purpose.
      if (el.clientWidth <= 1 || el.clientHeight <= 1 || cs.getPropertyValue('clip') !== 'auto' || cs.clipPath !== 'none') continue;
      if (!el.textContent?.trim()) continue;
      const x = hiddenX && el.scrollWidth > el.clientWidth + 1;
      const y = hiddenY && el.scrollHeight > el.clientHeight + 1;
      if (x || y) {
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
        out.push(
          `${name} (${x ? `scrollWidth ${el.scrollWidth} > ${el.clientWidth}` : ''}${x && y ? ', ' : ''}${y ? `scrollHeight ${el.scrollHeight} > ${el.clientHeight}` : ''}): "${el.textContent.trim().slice(0, 40)}"`,
        );
      }
    }
  } finally {
    style.remove();
  }
  return out;
}

function findOverflow() {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const culprits: string[] = [];
  const sticksOut = (el: Element) => el.getBoundingClientRect().right > clientWidth + 1;
  const scrolls = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
  if (root.scrollWidth > clientWidth) {
    // The deepest elements that stick out and are not inside a scroll container: the causes.
    const seen = new Set<string>();
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticksOut(el) || [...el.children].some(sticksOut)) continue;
      let inside = false;
      for (let p = el.parentElement; p && p !== document.body && !inside; p = p.parentElement) inside = scrolls(p);
      if (inside) continue;
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const line = `${name} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)${text ? `: "${text}"` : ''}`;
      if (!seen.has(line)) culprits.push(line);
      seen.add(line);
      if (culprits.length >= 8) break;
    }
  }
  return { scrollWidth: root.scrollWidth, clientWidth, culprits };
}

function visibleTextInMain(): { ok: boolean; why: string } {
  const main = document.querySelector('main');
  if (!main) return { ok: false, why: 'no main element' };
  if (!(main as HTMLElement).innerText.trim()) return { ok: false, why: 'main has no rendered text' };
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    const el = n.parentElement!;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || parseFloat(cs.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    const [cr, cg, cb, ca = 1] = rgb(cs.color);
    if (ca === 0) continue;
    // Background: nearest ancestor with an opaque-enough background.
    let bg = [255, 255, 255];
    for (let p: Element | null = el; p; p = p.parentElement) {
      const b = rgb(getComputedStyle(p).backgroundColor);
      if (b.length >= 3 && (b[3] ?? 1) > 0.5) {
        bg = b.slice(0, 3);
        break;
      }
    }
    if (bg.length < 3 && getComputedStyle(document.documentElement).backgroundColor) bg = [255, 255, 255];
    const diff = Math.abs(cr! - bg[0]!) + Math.abs(cg! - bg[1]!) + Math.abs(cb! - bg[2]!);
    if (diff > 100) return { ok: true, why: '' };
  }
  return { ok: false, why: 'every text node is invisible or has the colour of its background' };
}

/** Human-readable failure text: page, check, rule, targets, help URL. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => {
      const lines = [`${f.page} — ${f.check}/${f.rule}: ${f.message}`];
      for (const t of f.targets ?? []) lines.push(`    ${t}`);
      if (f.helpUrl) lines.push(`    ${f.helpUrl}`);
      return lines.join('\n');
    })
    .join('\n');
}
