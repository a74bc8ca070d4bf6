// A change history per indicator, from the versions of the content files (src/data/history.ts
// reads them from git). Each version of a programme's files is read leniently — raw YAML through
// the project's reader, missing lists filled in, no schema — because old versions need not pass
// today's schemas; the indicators are then placed by the same code as the site (model.ts), so ids
// and times are the site's. Successive versions are compared value by value: a value is known by
// its indicator, kind and time; it is added, changed (number, wording or unit: from → to) or
// removed. A value whose time the old version did not state and the new one does, with the same
// kind, number and wording, is the same statement written in today's schema: no change.
import { splitFrontmatter } from './frontmatter.ts';
import { readYaml } from './readYaml.ts';
import { attachReports, placeIndicators, type Entry } from './model.ts';
import { timeKey, type ValueTime } from './valueTime.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Goal } from '../schemas/goal.ts';
import type { Statistics } from '../schemas/statistics.ts';
import type { Report } from '../schemas/report.ts';
import type { PlacedValue } from './model.ts';

/** One commit's changes to content files: each path (relative to the content folder) with its new text, or null when deleted. */
export interface ContentCommit {
  hash: string;
  /** Commit date and time, ISO 8601 ("2026-12-01T11:40:38+00:00"). */
  time: string;
  files: ReadonlyMap<string, string | null>;
}

/** When something happened: the commit's date ("2026-12-01"), its time and its hash. */
export interface Stamp {
  date: string;
  time: string;
  hash: string;
}

/** One value as a version states it. */
export interface ObservedValue {
  kind: PlacedValue['kind'];
  time: ValueTime;
  value?: number;
  text: string;
  unit: string;
}

export interface ValueEvent extends Stamp {
  programme: string;
  indicator: string;
  /** The indicator's name in the version after the change (before it, for a removal). */
  label: string;
  type: 'added' | 'changed' | 'removed';
  from?: ObservedValue;
  to?: ObservedValue;
  /** The report year, when an achieved value came with that report's first publication. */
  report?: number;
}

export interface IndicatorHistory {
  /** The first version that has the indicator. */
  published: Stamp;
  /** Oldest first. */
  events: ValueEvent[];
}

export interface ProgrammeHistory {
  published?: Stamp;
  /** Each report with the version that first had it, oldest first. */
  reports: (Stamp & { year: number })[];
  indicators: Map<string, IndicatorHistory>;
}

export type History = Map<string, ProgrammeHistory>;

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Data[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * The data of one version of a file, read with the project's YAML reader (readYaml.ts, after the
 * frontmatter split for MDX), or null when it cannot be read at all. Each version is read once.
 */
export function readVersion(path: string, text: string): Data | null {
  const split = path.endsWith('.mdx') ? splitFrontmatter(text) : { yaml: text, hasFrontmatter: true };
  if (!split.hasFrontmatter) return null;
  const data = readYaml(split.yaml).data;
  return isObject(data) ? data : null;
}

const indicatorOf = (i: Data) => ({ ...i, values: list(i.values) });
const actionOf = (a: Data) => ({ ...a, indicators: list(a.indicators).map(indicatorOf), budget: list(a.budget) });
/** A goal's data with every list the model walks present (older versions may lack some). */
function goalOf(g: Data): Goal {
  return {
    ...g,
    id: String(g.id ?? ''),
    tasks: list(g.tasks).map((t) => ({ ...t, actions: list(t.actions).map(actionOf) })),
    actions: list(g.actions).map(actionOf),
    expectedResults: list(g.expectedResults).map((r) => ({ ...r, indicators: list(r.indicators).map(indicatorOf) })),
  } as unknown as Goal;
}

function programmeOf(p: Data): Programme {
  const document = isObject(p.document) ? p.document : {};
  return {
    ...p,
    document: { ...document, title: String(document.title ?? '') },
    strategicIndicators: list(p.strategicIndicators).map(indicatorOf),
    statedTotals: list(p.statedTotals),
  } as unknown as Programme;
}

const statisticsOf = (s: Data) =>
  ({ ...s, tables: list(s.tables).map((t) => ({ ...t, indicators: list(t.indicators).map(indicatorOf) })) }) as unknown as Statistics;
const reportOf = (r: Data) => ({ ...r, values: list(r.values) }) as unknown as Report;

/** The values of one version of a programme: indicator id → its label and values by key. */
type Snapshot = Map<string, { label: string; values: Map<string, ObservedValue> }>;

const GOAL = /^goals\/[^/]+\.mdx$/;
const REPORT = /^reports\/(\d{4})\.mdx$/;

/**
 * Places a programme's files (paths relative to the programme folder, each with its data from
 * readVersion) as the site does; undefined without a readable index.mdx or with any unreadable file.
 */
export function snapshot(slug: string, files: ReadonlyMap<string, Data | null>): Snapshot | undefined {
  const read = (path: string) => files.get(path);
  const index = read('index.mdx');
  if (!index) return undefined;
  const entry = <T>(id: string, data: T): Entry<T> & { programme: string } => ({ id, file: id, data, programme: slug });
  const programme = entry('index.mdx', programmeOf(index));
  const period = programme.data as { periodStart?: unknown; periodEnd?: unknown };
  if (typeof period.periodStart !== 'number' || typeof period.periodEnd !== 'number') return undefined;
  const goals: (Entry<Goal> & { programme: string })[] = [];
  const reports: Entry<Report>[] = [];
  for (const path of [...files.keys()].sort()) {
    if (!GOAL.test(path) && !REPORT.test(path)) continue;
    const data = read(path);
    // One unreadable file would look like all its values removed: the whole version is skipped instead.
    if (!data) return undefined;
    if (GOAL.test(path)) goals.push(entry(path, goalOf(data)));
    else if (typeof data.year === 'number') reports.push(entry(path, reportOf(data)));
  }
  const stats = read('statistics.yaml');
  if (files.has('statistics.yaml') && !stats) return undefined;
  let placed;
  try {
    placed = placeIndicators(slug, programme, goals, stats ? entry('statistics.yaml', statisticsOf(stats)) : undefined);
    attachReports(placed, reports);
  } catch {
    return undefined; // a version too far from today's shapes to place: skipped, the next readable one is compared
  }
  const out: Snapshot = new Map();
  for (const pi of placed) {
    const id = String(pi.indicator.id);
    const own = out.get(id) ?? { label: String(pi.indicator.label ?? id), values: new Map<string, ObservedValue>() };
    out.set(id, own);
    for (const v of pi.values) {
      if (typeof v.text !== 'string') continue;
      const base = `${v.kind}|${timeKey(v.time)}`;
      let key = base;
      for (let n = 2; own.values.has(key); n++) key = `${base}|${n}`;
      own.values.set(key, {
        kind: v.kind,
        time: v.time,
        ...(typeof v.value === 'number' ? { value: v.value } : {}),
        text: v.text,
        unit: String(pi.indicator.unit ?? ''),
      });
    }
  }
  return out;
}

const same = (a: ObservedValue, b: ObservedValue) => a.value === b.value && a.text === b.text && a.unit === b.unit;

/** The events between two versions of one indicator's values; a time newly stated for the same value is no event. */
export function diffValues(before: ReadonlyMap<string, ObservedValue>, after: ReadonlyMap<string, ObservedValue>) {
  const out: { type: ValueEvent['type']; from?: ObservedValue; to?: ObservedValue }[] = [];
  const removed = [...before].filter(([k]) => !after.has(k));
  const added = [...after].filter(([k]) => !before.has(k));
  for (const [k, to] of after) {
    const from = before.get(k);
    if (from && !same(from, to)) out.push({ type: 'changed', from, to });
  }
  const restated = new Set<string>();
  for (const [, from] of removed) {
    const match = from.time.kind === 'none' && added.find(([ak, to]) => !restated.has(ak) && to.kind === from.kind && same(from, to));
    if (match) {
      restated.add(match[0]);
      continue;
    }
    out.push({ type: 'removed', from });
  }
  for (const [ak, to] of added) if (!restated.has(ak)) out.push({ type: 'added', to });
  return out;
}

const programmePath = (path: string) => /^programmes\/([^/]+)\/(.+)$/.exec(path);

/** The history of every programme from its commits, oldest first. */
export function buildHistory(commits: readonly ContentCommit[]): History {
  const history: History = new Map();
  const files = new Map<string, Map<string, Data | null>>();
  const last = new Map<string, Snapshot>();
  for (const commit of commits) {
    const stamp: Stamp = { date: commit.time.slice(0, 10), time: commit.time, hash: commit.hash };
    const touched = new Set<string>();
    const newReports = new Map<string, Set<number>>();
    for (const [path, text] of commit.files) {
      const m = programmePath(path);
      if (!m) continue;
      const [, slug, rest] = m as unknown as [string, string, string];
      const own = files.get(slug) ?? new Map<string, Data | null>();
      files.set(slug, own);
      const report = REPORT.exec(rest);
      if (text === null) own.delete(rest);
      else {
        if (report && !own.has(rest)) newReports.set(slug, (newReports.get(slug) ?? new Set()).add(Number(report[1])));
        own.set(rest, readVersion(rest, text));
      }
      touched.add(slug);
    }
    for (const slug of [...touched].sort()) {
      const next = snapshot(slug, files.get(slug)!);
      if (!next) continue;
      const h: ProgrammeHistory = history.get(slug) ?? { reports: [], indicators: new Map() };
      history.set(slug, h);
      h.published ??= stamp;
      for (const year of [...(newReports.get(slug) ?? [])].sort())
        if (!h.reports.some((r) => r.year === year)) h.reports.push({ ...stamp, year });
      const prev = last.get(slug);
      const ids = [...new Set([...next.keys(), ...(prev?.keys() ?? [])])];
      for (const id of ids) {
        const now = next.get(id);
        const ih = h.indicators.get(id);
        if (!ih) {
          h.indicators.set(id, { published: stamp, events: [] });
          continue;
        }
        const label = now?.label ?? prev?.get(id)?.label ?? id;
        for (const e of diffValues(prev?.get(id)?.values ?? new Map(), now?.values ?? new Map())) {
          const year = e.type === 'added' && e.to?.kind === 'achieved' && e.to.time.kind === 'year' ? e.to.time.year : undefined;
          const report = year !== undefined && newReports.get(slug)?.has(year) ? { report: year } : {};
          ih.events.push({ ...stamp, programme: slug, indicator: id, label, ...e, ...report });
        }
      }
      last.set(slug, next);
    }
  }
  return history;
}

/** A programme's value events, newest first (the programme page, the feeds). */
export function latestEvents(h: ProgrammeHistory | undefined, limit = Infinity): ValueEvent[] {
  if (!h) return [];
  const all = [...h.indicators.values()].flatMap((i) => i.events);
  return all.sort((a, b) => b.time.localeCompare(a.time) || a.indicator.localeCompare(b.indicator)).slice(0, limit);
}
