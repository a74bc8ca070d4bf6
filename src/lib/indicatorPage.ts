// What an indicator's page (/wskazniki/<programme>/<indicator>/) says about itself beyond its
// values: the latest of them, and the content files they come from (for "last changed").
import type { PlacedIndicator, PlacedValue, ProgrammeModel } from './model.ts';
import type { ValueKind } from './explorer.ts';
import { timeSpan } from './valueTime.ts';

/** Preference among values of the same year: what happened beats what was planned. */
const LATEST_PREFERENCE: readonly ValueKind[] = ['achieved', 'statistic', 'target', 'budget', 'baseline'];

/**
 * The most recent value with a number: of one year where there is one (latest year; within it
 * achieved before statistic before target); else the value whose time ends last (a range, a
 * yearly value), values without a time last. Undefined for an indicator without values.
 */
export function latestValue(pi: PlacedIndicator): PlacedValue | undefined {
  const dated = pi.values.filter((v) => v.year !== undefined && (v.value !== undefined || pi.indicator.unit === 'text'));
  const pool = dated.length > 0 ? dated : pi.values;
  const end = (v: PlacedValue) => timeSpan(v.time).end ?? 0;
  return [...pool].sort((a, b) => end(b) - end(a) || LATEST_PREFERENCE.indexOf(a.kind) - LATEST_PREFERENCE.indexOf(b.kind))[0];
}

/** The content files an indicator's values come from: its own file and every report that gives it a value. */
export function indicatorSourceFiles(p: ProgrammeModel, pi: PlacedIndicator): string[] {
  const reports = p.reports.filter((r) => r.data.values.some((v) => v.indicator === pi.indicator.id)).map((r) => r.file);
  return [pi.file, ...reports].filter((f) => f !== '');
}
