// Search on /szukaj/: a thin, accessible UI on Pagefind's JS API. The form is plain HTML (GET),
// so the query and filters live in the URL and a search can be shared. Results come in groups —
// help first, then programmes, then indicators — so a resident is not buried under measures and a
// journalist still finds each measure; counts are announced in a polite live region.
import { hitsOf, INDICATOR_LIST_META, queryWords, sectionsWithAll, type Hit, type ResultData } from '../lib/searchHits.ts';
import { pages } from '../lib/urls.ts';
import { matchTopics, type TopicPhrases } from '../lib/helpTopics.ts';
import { correctedQuery } from '../lib/spelling.ts';
import { fold } from '../lib/suggest.ts';

interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
type Filters = Record<string, string | { any: readonly string[] }>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}
interface Group {
  id: string;
  title: string;
  types: string[];
  lists?: boolean;
}

/** A group's results as links: a programme's indicator list gives several, loaded as needed. */
class Hits {
  private next = 0;
  private buffer: Hit[] = [];
  private exact = true;
  private single?: Promise<Map<string, PagefindResult>[]>;
  constructor(
    private readonly results: PagefindResult[],
    /** Searches one word alone, with the group's filters (for queries of several words). */
    private readonly searchWord: (word: string) => Promise<PagefindResult[]>,
    private readonly words: string[],
  ) {}
  private queue: Promise<unknown> = Promise.resolve();
  /** The next n links. One call at a time: Pagefind's data() reuses one object per page. */
  take(n: number): Promise<Hit[]> {
    const run = this.queue.then(() => this.load(n));
    this.queue = run.catch(() => undefined);
    return run;
  }
  private async load(n: number): Promise<Hit[]> {
    while (this.buffer.length < n && this.next < this.results.length) {
      const result = this.results[this.next++]!;
      const data = { ...(await result.data()) };
      const list = Boolean(data.meta[INDICATOR_LIST_META]);
      const hits = hitsOf(data, list && this.words.length > 1 ? await this.sectionsWithAll(result.id) : undefined);
      if (list) this.exact = false;
      this.buffer.push(...hits);
    }
    return this.buffer.splice(0, n);
  }
  /** The sections of a page that each word of the query finds on its own. */
  private async sectionsWithAll(id: string): Promise<Set<string>> {
    this.single ??= Promise.all(this.words.map(async (w) => new Map((await this.searchWord(w)).map((r) => [r.id, r]))));
    const perWord = [];
    for (const byId of await this.single) perWord.push((await byId.get(id)?.data())?.sub_results ?? []);
    return sectionsWithAll(perWord);
  }
  /** How many links are left, when it is known without loading them all. */
  get left(): number | undefined {
    return this.exact ? this.buffer.length + this.results.length - this.next : undefined;
  }
  get done(): boolean {
    return this.buffer.length === 0 && this.next >= this.results.length;
  }
}

const PER_GROUP = 5;
const SINGLE_LIST = 20;
const FILTERS = ['program', 'gmina', 'typ', 'rok'];

interface Found {
  group: Group;
  total: number;
  shown: Hit[];
  hits: Hits;
}
const totalOf = (found: Found[]) => found.reduce((n, f) => n + f.total, 0);

class MiernikSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private vocabulary?: Promise<string[]>;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const out = this.querySelector<HTMLElement>('[data-results]')!;
    const messages = this.querySelector<HTMLElement>('[data-messages]')!.dataset;
    const groups = JSON.parse(this.dataset.groups ?? '[]') as Group[];
    const topics = JSON.parse(this.dataset.topics ?? '[]') as (TopicPhrases & { search: string })[];
    const help = this.querySelector<HTMLElement>('[data-help]')!;
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    const templateOf = (selector: string): Node =>
      this.querySelector<HTMLTemplateElement>(selector)?.content.cloneNode(true) ?? document.createDocumentFragment();
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;

    const params = new URLSearchParams(window.location.search);
    const input = form.elements.namedItem('q') as HTMLInputElement;
    input.value = params.get('q') ?? '';
    for (const name of FILTERS) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = params.get(name) ?? '';
    }
    const fill = (template = '', q = '', n = 0) => template.replace('{q}', q).replace('{n}', String(n));
    const fill2 = (template = '', from = '', to = '') => template.replace('{from}', from).replace('{to}', to);

    const run = async () => {
      const q = input.value.trim();
      const data = new FormData(form);
      const chosen = Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '')]).filter(([, v]) => v !== ''));
      const url = new URL(window.location.href);
      url.search = new URLSearchParams({ ...(q && { q }), ...chosen }).toString();
      window.history.replaceState(null, '', url);
      out.replaceChildren();
      help.replaceChildren();
      notice.hidden = true;
      if (!q) {
        status.textContent = '';
        return;
      }
      // At once, before the index answers: the help the words ask for, numbers first (helpTopics.ts).
      const matched = matchTopics(q, topics);
      for (const topic of matched) help.append(templateOf(`template[data-topic="${topic.id}"]`));
      status.textContent = messages.searching ?? '';
      try {
        const pagefind = await this.load();
        let searched = q;
        let found = await this.searchAll(pagefind, q, chosen, groups);
        // Nothing found: the help topic's own query when the words asked for help ("mąż mnie bije" is in
        // no document), else the words corrected from the index's vocabulary; the resident is told.
        if (totalOf(found) === 0 && matched[0]) {
          const again = await this.searchAll(pagefind, matched[0].search, chosen, groups);
          if (totalOf(again) > 0) {
            [found, searched] = [again, matched[0].search];
            notice.textContent = fill2(messages.topicQuery, q, matched[0].search);
          }
        }
        if (totalOf(found) === 0) {
          const corrected = await this.correct(q);
          const again = corrected ? await this.searchAll(pagefind, corrected, chosen, groups) : [];
          if (corrected && totalOf(again) > 0) {
            [found, searched] = [again, corrected];
            notice.textContent = fill2(messages.corrected, q, corrected);
          }
        }
        notice.hidden = searched === q;
        // A programme's indicator list that matched only across sections gives no link: not a result.
        const shown = found.filter((x) => x.shown.length > 0);
        const total = shown.reduce((n, f) => n + f.total, 0);
        for (const f of shown) out.append(...this.section(f, messages));
        // No results and no help answer: say so, then the helplines and where to look.
        if (total === 0 && matched.length === 0) help.append(templateOf('template[data-no-results]'));
        status.textContent = [
          total === 0 ? fill(messages.none, q) : fill(messages.count, searched, total),
          total === 0 ? (messages.emptyHelp ?? '') : '',
        ]
          .filter(Boolean)
          .join(' ');
      } catch {
        status.textContent = messages.error ?? '';
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).tagName === 'SELECT') void run();
    });
    if (input.value) void run();
  }

  /** One search per group of types (or one list with a type chosen), each group's first links loaded. */
  private searchAll(pagefind: Pagefind, q: string, chosen: Record<string, string>, groups: Group[]): Promise<Found[]> {
    const plan = chosen.typ ? [{ id: 'chosen', title: '', types: [] as string[] }] : groups;
    return Promise.all(
      plan.map(async (g) => {
        const filters: Filters = { ...chosen, ...(g.types.length > 0 && { typ: { any: g.types } }) };
        const { results } = await pagefind.search(q, { filters });
        const hits = new Hits(results, async (w) => (await pagefind.search(w, { filters })).results, queryWords(q));
        const shown = await hits.take(chosen.typ ? SINGLE_LIST : PER_GROUP);
        return { group: g, total: results.length, shown, hits };
      }),
    );
  }

  /**
   * For a query that found nothing: its words that are not among the index's own words (Pagefind's
   * fuzzy prefix matching may still give one of them a stray hit), replaced by the closest that are.
   */
  private async correct(q: string): Promise<string | undefined> {
    this.vocabulary ??= fetch(this.dataset.words ?? '').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    const vocab = await this.vocabulary;
    const known = new Set(vocab.map(fold));
    const missing = new Set(queryWords(q).filter((w) => w.length >= 4 && !known.has(fold(w))));
    return missing.size > 0 ? correctedQuery(q.toLocaleLowerCase('pl'), missing, vocab) : undefined;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      // Under a base path Pagefind takes it from this URL and prefixes every result with it.
      const path = pages.pagefind;
      const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      // Less bonus for short pages, so one-line indicator pages do not outrank the goal or
      // institution that explains more (tuned with tests/e2e/search.test.ts).
      await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.2, termFrequency: 0.6 } });
      return pagefind;
    })();
    return this.pagefind;
  }

  private section(f: Found, messages: DOMStringMap): HTMLElement[] {
    const parts: HTMLElement[] = [];
    if (f.group.title) {
      const h = document.createElement('h2');
      const count = (f.group.lists ? messages.groupPages : messages.groupCount) ?? '';
      h.textContent = `${f.group.title} ${count.replace('{n}', String(f.total))}`;
      parts.push(h);
    }
    const list = document.createElement('ol');
    list.append(...f.shown.map((r) => this.item(r)));
    parts.push(list);
    if (!f.hits.done) {
      // "Show more" loads the next results of this group only, and moves focus to the first of them.
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      const label = () => {
        const left = f.hits.left;
        return left === undefined ? (messages.showMore ?? '') : (messages.showAll ?? '').replace('{n}', String(left));
      };
      button.textContent = label();
      button.addEventListener('click', async () => {
        const items = (await f.hits.take(SINGLE_LIST)).map((r) => this.item(r));
        list.append(...items);
        items[0]?.querySelector('a')?.focus();
        if (f.hits.done) button.remove();
        else button.textContent = label();
      });
      parts.push(button);
    }
    return parts;
  }

  private item(r: Hit): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = r.url;
    link.textContent = r.title;
    heading.append(link);
    li.append(heading);
    if (r.programme) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = r.programme;
      li.append(p);
    }
    const excerpt = document.createElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches
    li.append(excerpt);
    return li;
  }
}

customElements.define('miernik-search', MiernikSearch);
