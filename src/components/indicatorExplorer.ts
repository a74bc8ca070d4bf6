// <indicator-explorer>: switches on the filter form and the sort buttons of the explorer table
// that the build rendered one page at a time. The state lives in the URL query (?q=…&year=…), so
// a filtered view can be shared and loads filtered. While nothing is filtered or sorted the page
// stays as the build wrote it (nothing to lay out again on a slow phone); the first filter or
// sort fetches the other pages of the table, listed in its pagination, and from then on the view
// holds every matching indicator. Filtering rules are in src/lib/explorer.ts.
import {
  FILTER_KEYS,
  emptyReasons,
  KEY_SEPARATOR,
  compareText,
  narrowsOrSorts,
  parseQuery,
  rowMatches,
  toQuery,
  type ExplorerState,
  type FilterKey,
  type RowKeys,
  type SortKey,
} from '../lib/explorer.ts';
import { formatNumber } from '../lib/format.ts';
import { explorerEmptyText as et } from '../i18n/explorerEmpty.pl.ts';

type Row = { row: HTMLTableRowElement; keys: RowKeys };

const keysOf = (row: HTMLTableRowElement): Row => {
  const d = row.dataset;
  const keys = {
    label: row.cells[0]?.textContent ?? '',
    programme: d.p ?? '',
    municipality: d.m ?? '',
    goal: d.g ?? '',
    implementers: d.i ? d.i.split(KEY_SEPARATOR) : [],
    unit: d.u ?? '',
    values: d.v ? d.v.split(' ') : [],
  };
  return { row, keys };
};

/** Typing in the keyword field filters after a short pause, not on every key. */
const TYPING_PAUSE_MS = 250;

class IndicatorExplorer extends HTMLElement {
  private state: ExplorerState = { filters: {}, order: 'asc' };
  /** The rows of this page, in the build's order (their filter keys are read once a reader filters). */
  private own: HTMLTableRowElement[] = [];
  /** Every row of every page, once fetched. */
  private all?: Promise<{ rows: Row[]; complete: boolean }>;
  private form!: HTMLFormElement;
  private tbody!: HTMLTableSectionElement;
  private status!: HTMLElement;
  private pages?: HTMLElement | null;
  private pageUrls: string[] = [];
  private pageStatus = '';
  private headers: HTMLTableCellElement[] = [];
  /** Counts updates, so that a slow fetch never overwrites a newer view. */
  private version = 0;
  private typing?: ReturnType<typeof setTimeout>;
  /** The buttons that clear filters, while the view is empty. */
  private empty?: HTMLElement;

  connectedCallback() {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !tbody || !status || this.own.length > 0) return;
    this.form = form;
    this.tbody = tbody;
    this.status = status;
    this.pageStatus = status.textContent ?? '';
    this.own = [...tbody.rows];
    this.pages = this.querySelector<HTMLElement>('.explorer-pages');
    // The pagination lists every page; this page is the one marked current.
    this.pageUrls = [...(this.pages?.querySelectorAll<HTMLAnchorElement>('ol a') ?? [])].map((a) =>
      a.hasAttribute('aria-current') ? '' : a.href,
    );

    this.headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    for (const th of this.headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => this.sortBy(th.dataset.sort as SortKey));
    }
    // Chromium leaves a control that is half inside the table's scroll box where it is when it gets
    // focus: after the last sort button scrolled the box sideways, the first row's link would be
    // half hidden. Bring whatever gets focus in the table wholly into view (WCAG 2.4.11).
    this.querySelector('.table-scroll')?.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });

    this.state = parseQuery(location.search);
    for (const key of FILTER_KEYS) {
      const control = form.elements.namedItem(key) as HTMLSelectElement | HTMLInputElement | null;
      const value = this.state.filters[key];
      if (!control || !value) continue;
      if (control instanceof HTMLInputElement || [...control.options].some((o) => o.value === value)) control.value = value;
      else delete this.state.filters[key];
    }
    // A column this table does not have (one programme's table has no programme column) sorts nothing.
    if (!this.headers.some((h) => h.dataset.sort === this.state.sort)) this.state.sort = undefined;
    // Filters apply as soon as a choice changes; the submit button (for those who expect one) re-applies them.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.readForm();
    });
    form.addEventListener('change', () => this.readForm());
    form.addEventListener('input', (event) => {
      if (!(event.target instanceof HTMLInputElement)) return;
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.readForm(), TYPING_PAUSE_MS);
    });
    // The reset event fires before the controls are reset.
    form.addEventListener('reset', () => setTimeout(() => this.readForm()));
    form.hidden = false;
    this.querySelector<HTMLElement>('.explorer-nojs')?.setAttribute('hidden', '');
    if (narrowsOrSorts(this.state)) void this.render(false);
  }

  private readForm() {
    clearTimeout(this.typing);
    const data = new FormData(this.form);
    this.state.filters = {};
    for (const key of FILTER_KEYS) {
      const value = data.get(key);
      if (typeof value === 'string' && value.trim()) this.state.filters[key] = value.trim();
    }
    void this.render(true);
  }

  private sortBy(key: SortKey) {
    this.state.order = this.state.sort === key && this.state.order === 'asc' ? 'desc' : 'asc';
    this.state.sort = key;
    void this.render(true);
  }

  /** Every row of the table, this page's in place among the fetched ones (fetched once). */
  private allRows() {
    this.all ??= Promise.all(
      this.pageUrls.map(async (url) => {
        if (!url) return this.own.map(keysOf);
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        return [...doc.querySelectorAll<HTMLTableRowElement>('indicator-explorer tbody tr')].map((tr) =>
          keysOf(document.importNode(tr, true)),
        );
      }),
    ).then(
      (pages) => ({ rows: pages.length > 0 ? pages.flat() : this.own.map(keysOf), complete: true }),
      () => ({ rows: this.own.map(keysOf), complete: false }),
    );
    return this.all;
  }

  private async render(updateUrl: boolean) {
    const version = ++this.version;
    const { filters, sort, order } = this.state;
    if (updateUrl) history.replaceState(history.state, '', location.pathname + toQuery(this.state) + location.hash);
    for (const h of this.headers) {
      if (h.dataset.sort === sort) h.setAttribute('aria-sort', order === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    }
    this.empty?.remove();
    if (!narrowsOrSorts(this.state)) {
      // Back to this page of the table, as the build wrote it.
      this.tbody.replaceChildren(...this.own);
      if (this.pages) this.pages.hidden = false;
      this.status.textContent = this.pageStatus;
      return;
    }
    if (!this.all && this.pageUrls.length > 1) this.status.textContent = this.status.dataset.loading ?? '';
    const { rows, complete } = await this.allRows();
    if (version !== this.version) return;
    let shown = rows.filter((r) => rowMatches(r.keys, filters)).map((r) => r.row);
    const th = this.headers.find((h) => h.dataset.sort === sort);
    if (th) {
      const column = th.cellIndex;
      const text = new Map(shown.map((row) => [row, row.cells[column]?.textContent ?? '']));
      const sign = order === 'desc' ? -1 : 1;
      shown = shown.sort((a, b) => sign * compareText(text.get(a)!, text.get(b)!));
    }
    this.tbody.replaceChildren(...shown);
    // The pages are those of the whole table: a filtered or sorted view holds every match instead.
    if (this.pages) this.pages.hidden = complete;
    const count = (this.status.dataset.template ?? '{shown} / {total}')
      .replace('{shown}', formatNumber(shown.length))
      .replace('{total}', formatNumber(rows.length));
    this.status.textContent = complete ? count : `${count}. ${this.status.dataset.error ?? ''}`;
    if (shown.length === 0) this.explainEmpty(rows);
  }

  /** The filter's name as its label shows it ("Rok"). */
  private filterName(key: FilterKey): string {
    const control = this.form.elements.namedItem(key) as HTMLElement | null;
    return (control?.id && this.form.querySelector(`label[for="${control.id}"]`)?.textContent?.trim()) || key;
  }

  /** No indicator matches: say which filter excludes everything and offer to clear it, or all of them. */
  private explainEmpty(rows: Row[]) {
    const reasons = emptyReasons(
      rows.map((r) => r.keys),
      this.state.filters,
    );
    const lines = [
      et.none,
      ...(reasons.length ? reasons.map((r) => et.without(this.filterName(r.key), formatNumber(r.count))) : [et.together]),
    ];
    this.status.textContent = `${this.status.textContent} ${lines.join(' ')}`;
    const box = document.createElement('p');
    box.className = 'explorer-empty';
    const button = (label: string, action: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', action);
      box.append(b, ' ');
    };
    for (const r of reasons) {
      button(et.clear(this.filterName(r.key)), () => {
        const control = this.form.elements.namedItem(r.key) as HTMLInputElement | HTMLSelectElement | null;
        if (control) control.value = '';
        this.readForm();
      });
    }
    button(et.clearAll, () => {
      for (const key of FILTER_KEYS) {
        const control = this.form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
        if (control) control.value = '';
      }
      this.readForm();
    });
    this.status.after(box);
    this.empty = box;
  }
}

if (!customElements.get('indicator-explorer')) customElements.define('indicator-explorer', IndicatorExplorer);
