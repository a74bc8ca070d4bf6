// What pages and feeds say about the change history (src/lib/history.ts): one row per value event
// (date, what, from, to) and the Atom entries of the site's and each programme's feed — new
// programmes, new reports, corrected values. Entry ids are tag: URIs that do not depend on SITE_URL.
import type { AtomEntry } from './atom.ts';
import type { History, ObservedValue, ValueEvent } from './history.ts';
import type { SiteModel } from './model.ts';
import { formatDate, formatValue } from './format.ts';
import { indicatorUrl, programmeUrl, reportUrl } from './urls.ts';
import { timeKey, timeLabel } from './valueTime.ts';
import { unit as unitSchema, type Unit } from '../schemas/indicator.ts';
import { t } from '../i18n/pl.ts';
import { historyText as h } from '../i18n/history.pl.ts';

/** The authority and date of every entry id (RFC 4151), fixed so ids never change with the address. */
export const TAG = 'tag:miernik,2026:';

/** A value as a cell says it: the number in Polish format, with the wording when that says more. */
export function shownValue(v: ObservedValue | undefined): string {
  if (!v) return h.none;
  const unit: Unit = unitSchema.safeParse(v.unit).success ? (v.unit as Unit) : 'text';
  const shown = formatValue(v.value, unit, v.text);
  return shown === v.text ? shown : h.valueWithText(shown, v.text);
}

export interface EventRow {
  date: string;
  /** "1 grudnia 2026" */
  dateText: string;
  hash: string;
  what: string;
  from: string;
  to: string;
}

export function eventRow(e: ValueEvent): EventRow {
  const v = (e.to ?? e.from)!;
  return {
    date: e.date,
    dateText: formatDate(e.date),
    hash: e.hash.slice(0, 7),
    what: h.what(h.types[e.type], t.valueKinds.name[v.kind], timeLabel(v.time, t.time)),
    from: shownValue(e.from),
    to: shownValue(e.to),
  };
}

/** The events of a list in time order newest first, with the same order for ties (indicator, then position). */
const newestFirst = (a: AtomEntry, b: AtomEntry) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);

/**
 * The Atom entries of the site (every programme) or of one programme, newest first. `origin` is
 * siteBase(SITE_URL): '' gives site paths, which a feed reader resolves against the feed's address.
 */
export function changeEntries(site: SiteModel, history: History, origin: string, only?: string): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const p of site.programmes) {
    if (only !== undefined && p.slug !== only) continue;
    const ph = history.get(p.slug);
    if (!ph) continue;
    const title = p.data.title;
    if (ph.published)
      entries.push({
        id: `${TAG}program/${p.slug}`,
        title: h.feed.newProgramme(title),
        updated: ph.published.time,
        link: origin + programmeUrl(p.slug),
        summary: h.feed.newProgrammeSummary(title, p.organisation.data.name),
      });
    for (const r of ph.reports) {
      const report = p.reports.find((x) => x.data.year === r.year);
      entries.push({
        id: `${TAG}sprawozdanie/${p.slug}/${r.year}`,
        title: h.feed.newReport(r.year, p.data.shortTitle),
        updated: r.time,
        link: origin + (report ? reportUrl(p.slug, r.year) : programmeUrl(p.slug)),
        summary: h.feed.newReportSummary(r.year, title, report?.data.values.length ?? 0),
      });
    }
    const current = new Set(p.indicators.map((pi) => pi.indicator.id));
    for (const [id, ih] of ph.indicators) {
      const seen = new Map<string, number>();
      for (const e of ih.events) {
        const n = (seen.get(e.hash) ?? 0) + 1;
        seen.set(e.hash, n);
        if (e.report !== undefined) continue; // a new report's values: its own entry says so
        const row = eventRow(e);
        const v = (e.to ?? e.from)!;
        entries.push({
          id: `${TAG}zmiana/${p.slug}/${encodeURIComponent(id)}/${v.kind}/${timeKey(v.time)}/${e.hash.slice(0, 12)}/${n}`,
          title: h.feed.valueTitle(h.types[e.type], e.label),
          updated: e.time,
          link: origin + (current.has(id) ? indicatorUrl(p.slug, id) : programmeUrl(p.slug)),
          summary: h.feed.valueSummary(row.what, row.from, row.to, title),
        });
      }
    }
  }
  return entries.sort(newestFirst);
}
