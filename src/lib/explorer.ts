// The indicator explorer (/wskazniki/), the journalists' tool over the site model: the query
// string that makes a filtered view shareable, the rows of its table and the options of its
// filters. Pure data: the explorer component renders it, and the client script imports only the
// query functions. Its pages are cut in explorerPages.ts.
import type { PlacedIndicator, PlacedValue, SiteModel } from './model.ts';
import type { Implementer } from '../schemas/goal.ts';
import type { Unit } from '../schemas/indicator.ts';
import { actionImplementers, VALUE_KINDS } from './model.ts';
import { indicatorUrl } from './urls.ts';
import { formatValue } from './format.ts';
import { compareTime, timeKey, timeLabel, type ValueTime } from './valueTime.ts';
import { t } from '../i18n/pl.ts';

export type ValueKind = PlacedValue['kind'];

export const UNITS: readonly Unit[] = ['count', 'percent', 'currency', 'text'];

// ---------------------------------------------------------------------------------------------
// Query state: shared by the build (option values) and the browser (filtering, sorting, URL).

/** The filters, in the order of the form and of the URL query; `q` is the keyword (words of the label). */
export const FILTER_KEYS = ['q', 'programme', 'municipality', 'goal', 'implementer', 'unit', 'year', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The sortable columns, as named in the URL (`?sort=label&order=desc`). */
export const SORT_KEYS = ['programme', 'municipality', 'goal', 'task', 'action', 'indicator', 'unit', 'implementer'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ExplorerState {
  filters: Partial<Record<FilterKey, string>>;
  sort?: SortKey;
  order: 'asc' | 'desc';
}

/** What a row is filtered by (kept on the row as data attributes). */
export interface RowKeys {
  /** The indicator's label as printed (the keyword filter searches it). */
  label: string;
  programme: string;
  municipality: string;
  /** The goal id within its programme ("I"); '' for data outside goals. */
  goal: string;
  /** Implementer keys (see implementerKey). */
  implementers: string[];
  unit: string;
  /**
   * One "time:kind" token per value: the year for a value of one year, else the time's key
   * ("2025-2027", "co-roku-2024-2030", "bez-okresu"), which no year filter matches.
   */
  values: string[];
}

/** The option value of a goal: goals are numbered within their programme ("slug:I"). */
export const goalKey = (programme: string, goal: string) => `${programme}:${goal}`;

/** An implementer's key: the institution id, or "n:" and the name for a body that is not one. */
export const implementerKey = (imp: Implementer) => ('institution' in imp ? imp.institution : `n:${imp.name}`);

/** Separator of several implementer keys in one attribute (names may contain spaces). */
export const KEY_SEPARATOR = '|';

/** Reads `?programme=…&year=…&sort=…&order=…`; unknown parameters and empty values are ignored. */
export function parseQuery(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const filters: ExplorerState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') as SortKey | null;
  return {
    filters,
    sort: sort && (SORT_KEYS as readonly string[]).includes(sort) ? sort : undefined,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** The query string of a state ('' when nothing is filtered or sorted), keys in a fixed order. */
export function toQuery(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.order === 'desc') params.set('order', 'desc');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when a view needs every row, not one page of the table: something is filtered or sorted. */
export const narrowsOrSorts = (state: ExplorerState) => state.sort !== undefined || FILTER_KEYS.some((key) => state.filters[key]);

/**
 * Text as the keyword filter compares it: lower case, without diacritics ("Łódź" → "lodz"), so
 * that a phone keyboard without Polish letters finds "przemocą" by "przemoca". The same as `fold`
 * (src/lib/text.ts) for every Polish text (tests/unit/text.test.ts); a copy only because this
 * runs in the explorer's browser script, and importing text.ts here would put it in a chunk of
 * its own, shared with the search script.
 */
export const foldText = (text: string) => text.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

/** True when every word of the keyword occurs in the label (anywhere, so "porad" finds "poradnictwo"). */
export function labelMatches(label: string, keyword: string): boolean {
  const folded = foldText(label);
  return foldText(keyword)
    .split(/\s+/)
    .every((word) => folded.includes(word));
}

/** True when the row passes every filter. Year and kind apply to the same value: "a target for 2024". */
export function rowMatches(row: RowKeys, filters: ExplorerState['filters']): boolean {
  const f = filters;
  if (f.q && !labelMatches(row.label, f.q)) return false;
  if (f.programme && row.programme !== f.programme) return false;
  if (f.municipality && row.municipality !== f.municipality) return false;
  if (f.goal && goalKey(row.programme, row.goal) !== f.goal) return false;
  if (f.implementer && !row.implementers.includes(f.implementer)) return false;
  if (f.unit && row.unit !== f.unit) return false;
  if (f.year || f.kind) {
    const hit = row.values.some((token) => {
      const [year, kind] = token.split(':');
      return (!f.year || year === f.year) && (!f.kind || kind === f.kind);
    });
    if (!hit) return false;
  }
  return true;
}

// Made on first use: building a Polish collator costs a phone milliseconds the explorer's first paint can do without.
let collator: Intl.Collator | undefined;

/** Compares two cell texts as a Polish reader sorts them ("I.2" before "I.10", "Łódź" after "Lublin"). */
export const compareText = (a: string, b: string) =>
  (collator ??= new Intl.Collator('pl', { numeric: true, sensitivity: 'base' })).compare(a.trim(), b.trim());

// ---------------------------------------------------------------------------------------------
// Rows and options, computed at build time.

export interface ExplorerValue {
  kind: ValueKind;
  display: string;
}

export interface ExplorerYear {
  time: ValueTime;
  /** The time as the values column says it: "2024", "2025–2027 (łącznie)", "rocznie (2024–2030)", "bez roku". */
  label: string;
  values: ExplorerValue[];
}

export interface ExplorerRow {
  keys: RowKeys;
  programmeTitle: string;
  municipalityName: string;
  goal: string;
  task: string;
  action: string;
  indicator: string;
  label: string;
  url: string;
  unitLabel: string;
  /** Short names of the implementers, in the source's order. */
  implementers: string[];
  /** Values grouped by time (compareTime): years ascending, then ranges, yearly values, values without a time. */
  years: ExplorerYear[];
  /** The values column's text when the indicator has no value at all; undefined otherwise. */
  noValues?: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

export interface ExplorerOptions {
  programme: Option[];
  municipality: Option[];
  /** Goals grouped by programme. */
  goal: OptionGroup[];
  implementer: Option[];
  unit: Unit[];
  year: number[];
  kind: ValueKind[];
}

interface InstitutionLike {
  id: string;
  data: { name: string; shortName?: string };
}

/** The token of a value's time in a row's keys: the year, or the time's key (never a year). */
export const timeToken = (v: { time: ValueTime }) => (v.time.kind === 'year' ? String(v.time.year) : timeKey(v.time));

/** Values grouped by time (compareTime); within a time in the order of VALUE_KINDS. */
export function groupByYear(pi: PlacedIndicator): ExplorerYear[] {
  const groups = new Map<string, ExplorerYear>();
  const sorted = [...pi.values].sort((a, b) => compareTime(a.time, b.time) || VALUE_KINDS.indexOf(a.kind) - VALUE_KINDS.indexOf(b.kind));
  for (const v of sorted) {
    const key = timeKey(v.time);
    const group = groups.get(key) ?? { time: v.time, label: timeLabel(v.time, t.time.short), values: [] };
    group.values.push({ kind: v.kind, display: formatValue(v.value, pi.indicator.unit, v.text) });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Rows on one page of an explorer table. Lighthouse mobile (slow 4G, 4× CPU) scores such a page
 * 1.0; 322 rows on one page scored 0.73–0.88 (largest paint 2.4 s), and 50 rows dropped to 0.93
 * now and then on a busy machine (layout and paint of ~800 elements blocking the main thread).
 * The other rows are on /wskazniki/strona/2/, …, and the script fetches them when a reader
 * filters or sorts, so filters always apply to every indicator.
 */
export const EXPLORER_PAGE_SIZE = 40;

/** One row per indicator of every programme, in the site's order (programmes, then reading order). */
export function explorerRows(site: SiteModel): ExplorerRow[] {
  const names = implementerNames(site.institutions);
  return site.programmes.flatMap((p) =>
    p.indicators.map((pi): ExplorerRow => {
      const imps = actionImplementers(p, pi);
      return {
        keys: {
          label: pi.indicator.label,
          programme: p.slug,
          municipality: p.organisation.id,
          goal: pi.goal ?? '',
          implementers: imps.map(implementerKey),
          unit: pi.indicator.unit,
          values: pi.values.map((v) => `${timeToken(v)}:${v.kind}`),
        },
        programmeTitle: p.data.shortTitle,
        municipalityName: p.organisation.data.shortName,
        goal: pi.goal ?? '',
        task: pi.task ?? '',
        action: pi.action ?? '',
        indicator: pi.indicator.id,
        label: pi.indicator.label,
        url: indicatorUrl(p.slug, pi.indicator.id),
        unitLabel: pi.indicator.unitLabel,
        implementers: imps.map((imp) => names.get(implementerKey(imp))?.short ?? ('name' in imp ? imp.name : imp.institution)),
        years: groupByYear(pi),
        ...(pi.values.length === 0 ? { noValues: t.table.noValues } : {}),
      };
    }),
  );
}

function implementerNames(institutions: readonly InstitutionLike[]) {
  return new Map(institutions.map((i) => [i.id, { short: i.data.shortName ?? i.data.name, full: i.data.name }]));
}

/** The choices of every filter: only values that occur, so no choice shows an empty table. */
export function explorerOptions(site: SiteModel): ExplorerOptions {
  const names = implementerNames(site.institutions);
  const implementers = new Map<string, string>();
  const units = new Set<Unit>();
  const years = new Set<number>();
  const kinds = new Set<ValueKind>();
  const municipalities = new Map<string, string>();
  for (const p of site.programmes) {
    municipalities.set(p.organisation.id, p.organisation.data.shortName);
    for (const pi of p.indicators) {
      units.add(pi.indicator.unit);
      for (const v of pi.values) {
        if (v.year !== undefined) years.add(v.year);
        kinds.add(v.kind);
      }
      for (const imp of actionImplementers(p, pi)) {
        const key = implementerKey(imp);
        const n = names.get(key);
        implementers.set(key, 'name' in imp ? imp.name : n ? (n.short !== n.full ? `${n.full} (${n.short})` : n.full) : key);
      }
    }
  }
  const byLabel = (a: Option, b: Option) => compareText(a.label, b.label);
  const toOptions = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label })).sort(byLabel);
  return {
    programme: site.programmes.map((p) => ({ value: p.slug, label: `${p.data.shortTitle} (${p.organisation.data.shortName})` })),
    municipality: toOptions(municipalities),
    // Only goals with indicators: a goal the document lists no actions for would filter to an empty table.
    goal: site.programmes
      .map((p) => ({ p, goals: p.goals.filter((g) => p.indicators.some((pi) => pi.goal === g.data.id)) }))
      .filter(({ goals }) => goals.length > 0)
      .map(({ p, goals }) => ({
        label: `${p.data.shortTitle} (${p.organisation.data.shortName})`,
        options: goals.map((g) => ({ value: goalKey(p.slug, g.data.id), label: `${g.data.id}. ${g.data.title}` })),
      })),
    implementer: toOptions(implementers),
    unit: UNITS.filter((u) => units.has(u)),
    year: [...years].sort((a, b) => a - b),
    kind: VALUE_KINDS.filter((k) => kinds.has(k)),
  };
}

/**
 * Why a filtered view is empty: for each filter in use, how many rows would match without that
 * one filter (the others kept). A filter with a count above 0 is one that excludes everything on
 * its own; when none has, only clearing several filters (or all) brings rows back.
 */
export function emptyReasons(rows: readonly RowKeys[], filters: ExplorerState['filters']): { key: FilterKey; count: number }[] {
  return FILTER_KEYS.filter((key) => filters[key])
    .map((key) => {
      const others = { ...filters, [key]: undefined };
      return { key, count: rows.filter((r) => rowMatches(r, others)).length };
    })
    .filter((r) => r.count > 0);
}
