// <indicator-explorer>: switches on the filter form and the sort buttons of the explorer table
// that the build rendered complete. The state lives in the URL query (?programme=…&year=…), so a
// filtered view can be shared and loads filtered. Filtering rules are in src/lib/explorer.ts.
import {
  FILTER_KEYS,
  KEY_SEPARATOR,
  compareText,
  parseQuery,
  rowMatches,
  toQuery,
  type ExplorerState,
  type RowKeys,
  type SortKey,
} from '../lib/explorer.ts';
import { formatNumber } from '../lib/format.ts';

const keysOf = (row: HTMLTableRowElement): RowKeys => {
  const d = row.dataset;
  return {
    programme: d.p ?? '',
    municipality: d.m ?? '',
    goal: d.g ?? '',
    implementers: d.i ? d.i.split(KEY_SEPARATOR) : [],
    unit: d.u ?? '',
    values: d.v ? d.v.split(' ') : [],
  };
};

class IndicatorExplorer extends HTMLElement {
  private state: ExplorerState = { filters: {}, order: 'asc' };
  private rows: { row: HTMLTableRowElement; keys: RowKeys }[] = [];
  private form!: HTMLFormElement;
  private tbody!: HTMLTableSectionElement;
  private status!: HTMLElement;
  private headers: HTMLTableCellElement[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !tbody || !status || this.rows.length > 0) return;
    this.form = form;
    this.tbody = tbody;
    this.status = status;
    this.rows = [...tbody.rows].map((row) => ({ row, keys: keysOf(row) }));

    this.headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    for (const th of this.headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => this.sortBy(th.dataset.sort as SortKey));
      // Chromium leaves a control that is half inside the table's scroll box where it is when it gets
      // focus; bring the whole button into view so the focus is never half hidden (WCAG 2.4.11).
      button.addEventListener('focus', () => button.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    }

    this.state = parseQuery(location.search);
    for (const key of FILTER_KEYS) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      const value = this.state.filters[key];
      if (!select || !value) continue;
      if ([...select.options].some((o) => o.value === value)) select.value = value;
      else delete this.state.filters[key];
    }
    // Filters apply as soon as a choice changes; the submit button (for those who expect one) re-applies them.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.readForm();
    });
    form.addEventListener('change', () => this.readForm());
    // The reset event fires before the controls are reset.
    form.addEventListener('reset', () => setTimeout(() => this.readForm()));
    form.hidden = false;
    this.querySelector<HTMLElement>('.explorer-nojs')?.setAttribute('hidden', '');
    this.render(false);
  }

  private readForm() {
    const data = new FormData(this.form);
    this.state.filters = {};
    for (const key of FILTER_KEYS) {
      const value = data.get(key);
      if (typeof value === 'string' && value) this.state.filters[key] = value;
    }
    this.render(true);
  }

  private sortBy(key: SortKey) {
    this.state.order = this.state.sort === key && this.state.order === 'asc' ? 'desc' : 'asc';
    this.state.sort = key;
    this.render(true);
  }

  private render(updateUrl: boolean) {
    const { filters, sort, order } = this.state;
    let shown = 0;
    for (const { row, keys } of this.rows) {
      const match = rowMatches(keys, filters);
      row.hidden = !match;
      if (match) shown++;
    }
    let ordered = this.rows.map((r) => r.row);
    const th = this.headers.find((h) => h.dataset.sort === sort);
    if (th) {
      const column = th.cellIndex;
      const text = new Map(ordered.map((row) => [row, row.cells[column]?.textContent ?? '']));
      const sign = order === 'desc' ? -1 : 1;
      ordered = [...ordered].sort((a, b) => sign * compareText(text.get(a)!, text.get(b)!));
    }
    this.tbody.append(...ordered);
    for (const h of this.headers) {
      if (h === th) h.setAttribute('aria-sort', order === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    }
    this.status.textContent = (this.status.dataset.template ?? '{shown} / {total}')
      .replace('{shown}', formatNumber(shown))
      .replace('{total}', formatNumber(this.rows.length));
    if (updateUrl) history.replaceState(history.state, '', location.pathname + toQuery(this.state) + location.hash);
  }
}

if (!customElements.get('indicator-explorer')) customElements.define('indicator-explorer', IndicatorExplorer);
