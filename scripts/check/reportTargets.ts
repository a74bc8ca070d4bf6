// A report's achieved value must be comparable with a target of the same year. An indicator
// planned for 2017–2020 cannot have a "2023" result: that is almost always the wrong indicator id
// or the wrong report year. Indicators without targets (only the report gives numbers, as in
// Krasnystaw) and targets without a year ("every year") accept any year.
import { placeIndicators, type RawContent } from '../../src/lib/model.ts';
import type { Problem } from '../../src/lib/crossCheck.ts';

/** `damaged`: files that failed their schema; an indicator defined there may have lost the target in question. */
export function reportTargetProblems(raw: RawContent, damaged = new Set<string>()): Problem[] {
  const problems: Problem[] = [];
  for (const p of raw.programmes) {
    const goals = raw.goals.filter((g) => g.programme === p.id);
    const statistics = raw.statistics.find((s) => s.programme === p.id);
    const byId = new Map(placeIndicators(p.id, p, goals, statistics).map((pi) => [pi.indicator.id, pi]));
    for (const r of raw.reports.filter((rep) => rep.programme === p.id)) {
      r.data.values.forEach((v, k) => {
        const placed = byId.get(v.indicator);
        if (placed && damaged.has(placed.file)) return;
        const targets = placed?.values.filter((x) => x.kind === 'target') ?? [];
        if (targets.length === 0 || targets.some((t) => t.year === undefined || t.year === r.data.year)) return;
        const years = [...new Set(targets.map((t) => t.year))].sort().join(', ');
        problems.push({
          file: r.file,
          path: ['values', k, 'indicator'],
          message: `wskaźnik „${v.indicator}” nie ma wartości docelowej na rok ${r.data.year} (ma na lata: ${years}); sprawdź identyfikator wskaźnika i rok sprawozdania`,
        });
      });
    }
  }
  return problems;
}
