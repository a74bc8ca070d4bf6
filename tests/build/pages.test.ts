// Pages of the built site: every programme and goal page exists, shows its actions and its values
// in Polish number format; the programme page shows budgets and the stated totals.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DIST, pageText, readDist } from '../../scripts/lib/dist.ts';
import { polish } from '../support/contentValues.ts';

const programmes = readdirSync('content/programmes');
const frontmatter = (file: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const goalFiles = (slug: string) =>
  readdirSync(join('content/programmes', slug, 'goals')).map((f) => join('content/programmes', slug, 'goals', f));
const slugOf = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-');

interface Value {
  value?: number;
  text: string;
  kind: string;
}
interface Indicator {
  unit: string;
  values?: Value[];
}
interface Action {
  title: string;
  indicators?: Indicator[];
  budget?: { value: number }[];
}

const actionsOf = (goal: { tasks?: { actions: Action[] }[]; actions?: Action[] }) => [
  ...(goal.tasks ?? []).flatMap((t) => t.actions),
  ...(goal.actions ?? []),
];
const shown = (v: number, unit: string) => (unit === 'percent' ? `${polish(v)}%` : unit === 'currency' ? `${polish(v)} zł` : polish(v));

describe.each(programmes)('programme %s', (slug) => {
  const programme = frontmatter(join('content/programmes', slug, 'index.mdx'));

  it('has a page with its title, lang="pl" and links to every goal', () => {
    const html = readDist(`programy/${slug}/index.html`);
    expect(html).toMatch(/<html lang="pl"/);
    const text = pageText(`programy/${slug}/index.html`);
    expect(text).toContain(programme.title);
    for (const file of goalFiles(slug)) expect(html).toContain(`href="/programy/${slug}/cele/${slugOf(String(frontmatter(file).id))}/"`);
  });

  it('shows stated totals as given', () => {
    const text = pageText(`programy/${slug}/index.html`);
    for (const total of programme.statedTotals ?? []) expect(text).toContain(`${polish(total.value)} zł`);
  });

  it.each(goalFiles(slug).map((f) => [f]))('goal page for %s shows every action and every number in Polish format', (file) => {
    const goal = frontmatter(file);
    const text = pageText(`programy/${slug}/cele/${slugOf(String(goal.id))}/index.html`);
    expect(text).toContain(goal.title);
    for (const action of actionsOf(goal)) {
      expect(text).toContain(action.title.replace(/\s+/g, ' ').trim());
      for (const ind of action.indicators ?? [])
        for (const v of ind.values ?? []) if (v.value !== undefined) expect(text, `${v.text}`).toContain(shown(v.value, ind.unit));
      for (const b of action.budget ?? []) expect(text).toContain(`${polish(b.value)} zł`);
    }
  });
});

describe('site pages', () => {
  it.each([
    'index.html',
    'programy/index.html',
    'pomoc/index.html',
    'dane/index.html',
    'slownik/index.html',
    'deklaracja-dostepnosci/index.html',
    'o-serwisie/index.html',
  ])('%s exists, is in Polish and links to the accessibility statement', (page) => {
    const html = readDist(page);
    expect(html).toMatch(/<html lang="pl"/);
    expect(html).toContain('href="/deklaracja-dostepnosci/"');
    expect(html).toContain('<meta name="deklaracja-dostępności"');
  });

  it('the home page leads to help and names the emergency number', () => {
    const text = pageText('index.html');
    expect(readDist('index.html')).toContain('href="/pomoc/"');
    expect(text).toContain('112');
  });

  it('the accessibility statement carries every id of the Polish template', () => {
    const html = readDist('deklaracja-dostepnosci/index.html');
    for (const id of [
      'a11y-wstep',
      'a11y-podmiot',
      'a11y-url',
      'a11y-data-publikacja',
      'a11y-data-aktualizacja',
      'a11y-status',
      'a11y-data-sporzadzenie',
      'a11y-kontakt',
      'a11y-osoba',
      'a11y-email',
      'a11y-telefon',
      'a11y-procedura',
      'a11y-architektura',
      'a11y-aplikacje',
    ])
      expect(html).toContain(`id="${id}"`);
  });

  it('ships only the quick-exit script, as an external file under 2 KB gzip, to pages without charts or search', () => {
    for (const page of ['index.html', 'pomoc/index.html', 'slownik/index.html']) {
      const scripts = [...readDist(page).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts).toHaveLength(1);
      const src = /src="([^"]+)"/.exec(scripts[0]!)?.[1];
      expect(src).toMatch(/^\/_astro\/QuickExit[^/]*\.js$/);
      expect(gzipSync(readFileSync(join(DIST, src!))).length).toBeLessThan(2048);
    }
  });

  it('every page has the quick exit link, right after the skip link, and a search form', () => {
    const html = readDist('index.html');
    const links = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
    expect(links[0]).toContain('href="#tresc"');
    expect(links[1]).toContain('data-exit');
    expect(links[1]).toContain('rel="nofollow noreferrer"');
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/szukaj\/"/);
  });
});

describe('last changed', () => {
  it('programme and goal pages show the date of the last commit of their content file', () => {
    const slug = programmes[0]!;
    const file = goalFiles(slug)[0]!;
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const goal = frontmatter(file);
    expect(readDist(`programy/${slug}/cele/${slugOf(String(goal.id))}/index.html`)).toContain(`<time datetime="${date}">`);
  });
});
