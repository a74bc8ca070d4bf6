// Search on /szukaj/: a thin, accessible UI on Pagefind's JS API. The form is plain HTML (GET),
// so the query and filters live in the URL and a search can be shared; results are announced
// in a polite live region. Pagefind is loaded only on this page.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX = 20;
const FILTERS = ['program', 'gmina', 'typ', 'rok'];

class MiernikSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const messages = this.querySelector<HTMLElement>('[data-messages]')!.dataset;
    this.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;

    const params = new URLSearchParams(window.location.search);
    const input = form.elements.namedItem('q') as HTMLInputElement;
    input.value = params.get('q') ?? '';
    for (const name of FILTERS) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = params.get(name) ?? '';
    }

    const run = async () => {
      const q = input.value.trim();
      const data = new FormData(form);
      const url = new URL(window.location.href);
      url.search = new URLSearchParams([...data].filter(([, v]) => v !== '') as [string, string][]).toString();
      window.history.replaceState(null, '', url);
      list.replaceChildren();
      if (!q) {
        status.textContent = '';
        return;
      }
      status.textContent = messages.searching ?? '';
      try {
        const pagefind = await this.load();
        const filters = Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '')]).filter(([, v]) => v !== ''));
        const { results } = await pagefind.search(q, { filters });
        const shown = await Promise.all(results.slice(0, MAX).map((r) => r.data()));
        list.replaceChildren(...shown.map((r) => this.item(r)));
        const fill = (template = '', n = 0) => template.replace('{q}', q).replace('{n}', String(n));
        status.textContent = [
          results.length === 0 ? fill(messages.none) : fill(messages.count, results.length),
          results.length > MAX ? fill(messages.more, MAX) : '',
          results.length === 0 ? (messages.emptyHelp ?? '') : '',
        ].filter(Boolean).join(' ');
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

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const path = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    })();
    return this.pagefind;
  }

  private item(r: { url: string; excerpt: string; meta: Record<string, string> }): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = r.url;
    link.textContent = r.meta.title ?? r.url;
    const heading = document.createElement('h2');
    heading.className = 'search-result-title';
    heading.append(link);
    li.append(heading);
    if (r.meta.program) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = r.meta.program;
      li.append(p);
    }
    const excerpt = document.createElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind's excerpt: text from our own pages with <mark> around matches
    li.append(excerpt);
    return li;
  }
}

customElements.define('miernik-search', MiernikSearch);
