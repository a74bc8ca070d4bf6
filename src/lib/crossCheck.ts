// Checks what a single file's schema cannot: references between files, ids unique within a
// programme, years inside the programme's period, report values that name real indicators,
// series that exist and keep one unit. Returns every problem; never stops at the first.
import { periodOf, placeActions, placeIndicators, type Path, type RawContent } from './model.ts';
import { resolveTime, timeSpan, withinPeriod, yearsInText, type TimeFields } from './valueTime.ts';

export interface Problem {
  file: string;
  path: Path;
  message: string;
}

export interface KnownIds {
  organisations: Set<string>;
  institutions: Set<string>;
  programmes: Set<string>;
  /** False when series.yaml itself is broken: series references are then not checked. */
  seriesReadable: boolean;
  /** Programmes with a goal, statistics or programme file that failed its schema (checked only in part). */
  incomplete?: Set<string>;
}

/** `known` lists ids of files that exist even if they failed their schema, to avoid knock-on errors. */
export function crossCheck(raw: RawContent, known?: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, path: Path, message: string) => problems.push({ file, path, message });
  const organisations = known?.organisations ?? new Set(raw.organisations.map((o) => o.id));
  const institutions = known?.institutions ?? new Set(raw.institutions.map((i) => i.id));
  const series = new Map(raw.series.map((s) => [s.id, s]));
  const seriesUnits = new Map<string, { unit: string; where: string }>();
  // A series draws one line per programme and kind: two of its indicators with a value of one kind for one
  // year would put two points on one line's year (editions of a town each have their own line).
  const seriesYears = new Map<string, string>();

  for (const inst of raw.institutions) {
    if (!organisations.has(inst.data.organisation))
      add(
        inst.file,
        ['organisation'],
        `nieznana organizacja „${inst.data.organisation}” (brak pliku content/organisations/${inst.data.organisation}.yaml)`,
      );
  }

  for (const p of raw.programmes) {
    const { periodStart, periodEnd } = p.data;
    const inPeriod = (y: number | undefined) => y === undefined || (y >= periodStart && y <= periodEnd);
    const period = `${periodStart}–${periodEnd}`;
    // A time outside the period is reported at the field that says it (year, or from/to).
    const checkTime = (file: string, path: Path, v: TimeFields) => {
      const t = resolveTime(v, periodOf(p.data));
      if (withinPeriod(t, periodOf(p.data))) return;
      if (t.kind === 'year') add(file, [...path, 'year'], `rok ${t.year} poza okresem programu ${period}`);
      else if (t.kind !== 'none')
        add(
          file,
          [...path, v.from !== undefined && v.from < periodStart ? 'from' : 'to'],
          `lata ${t.from}–${t.to} wychodzą poza okres programu ${period}`,
        );
    };
    if (!organisations.has(p.data.organisation))
      add(
        p.file,
        ['organisation'],
        `nieznana organizacja „${p.data.organisation}” (brak pliku content/organisations/${p.data.organisation}.yaml)`,
      );

    const goals = raw.goals.filter((g) => g.programme === p.id);
    const goalIds = new Map<string, string>();
    const taskIds = new Map<string, string>();
    const actionIds = new Map<string, string>();
    for (const g of goals) {
      const prev = goalIds.get(g.data.id);
      if (prev) add(g.file, ['id'], `powtórzony identyfikator celu „${g.data.id}” (jest już w ${prev})`);
      else goalIds.set(g.data.id, g.file);
      g.data.tasks.forEach((t, i) => {
        if (t.id === undefined) return;
        const prevTask = taskIds.get(t.id);
        if (prevTask) add(g.file, ['tasks', i, 'id'], `powtórzony identyfikator zadania „${t.id}” (jest już w ${prevTask})`);
        else taskIds.set(t.id, g.file);
      });
      for (const pa of placeActions(g.data)) {
        const prevAction = actionIds.get(pa.actionId);
        if (prevAction) add(g.file, [...pa.path, 'id'], `powtórzony identyfikator działania „${pa.actionId}” (jest już w ${prevAction})`);
        else actionIds.set(pa.actionId, g.file);
        pa.action.implementers.forEach((imp, k) => {
          if ('institution' in imp && !institutions.has(imp.institution))
            add(
              g.file,
              [...pa.path, 'implementers', k, 'institution'],
              `nieznana instytucja „${imp.institution}” (brak pliku content/institutions/${imp.institution}.yaml)`,
            );
        });
        pa.action.budget.forEach((b, k) => checkTime(g.file, [...pa.path, 'budget', k], b));
        const schedule = pa.action.schedule;
        if (schedule) {
          checkTime(g.file, [...pa.path, 'schedule'], schedule);
          const printed = yearsInText(schedule.text);
          const { start, end } = timeSpan(resolveTime(schedule, periodOf(p.data)));
          const given = [...new Set([start, end].filter((y): y is number => y !== null))];
          const sorted = [...printed].sort((a, b) => a - b);
          if (printed.length > 0 && !schedule.annual && JSON.stringify(sorted) !== JSON.stringify(given)) {
            const want = sorted.length === 1 ? `year: ${sorted[0]}` : `from: ${sorted[0]} i to: ${sorted[sorted.length - 1]}`;
            add(
              g.file,
              [...pa.path, 'schedule', given.length > 0 ? (schedule.year !== undefined ? 'year' : 'from') : 'text'],
              given.length > 0
                ? `lata terminu (${given.join('–')}) nie zgadzają się z tekstem „${schedule.text}” — wpisz ${want}`
                : `tekst terminu „${schedule.text}” podaje ${sorted.length === 1 ? 'rok' : 'lata'} — dopisz ${want}`,
            );
          }
        }
      }
    }

    for (const [i, r] of p.data.risks.entries()) {
      if (r.goal !== undefined && !goalIds.has(r.goal) && !known?.incomplete?.has(p.id))
        add(p.file, ['risks', i, 'goal'], `nieznany cel „${r.goal}”`);
    }

    const statistics = raw.statistics.find((s) => s.programme === p.id);
    const placed = placeIndicators(p.id, p, goals, statistics);
    const indicatorIds = new Map<string, { file: string; years: Set<number | undefined> }>();
    for (const pi of placed) {
      const id = pi.indicator.id;
      const prev = indicatorIds.get(id);
      if (prev)
        add(
          pi.file,
          [...pi.path, ...(pi.group === 'budget' ? [] : ['id'])],
          `powtórzony identyfikator wskaźnika „${id}” w programie (jest już w ${prev.file})`,
        );
      else indicatorIds.set(id, { file: pi.file, years: new Set(pi.values.map((v) => v.year)) });
      if (pi.group !== 'statistics' && pi.group !== 'budget') {
        pi.indicator.values.forEach((v, k) => {
          if (v.kind !== 'baseline' && v.kind !== 'statistic') checkTime(pi.file, [...pi.path, 'values', k], v);
        });
      }
      pi.indicator.values.forEach((v, k) => {
        if (pi.indicator.unit === 'percent' && v.value !== undefined && (v.value < 0 || v.value > 100))
          add(pi.file, [...pi.path, 'values', k, 'value'], `odsetek ${v.value} poza zakresem 0–100`);
        if (pi.indicator.unit !== 'text' && v.value === undefined && v.kind !== 'target')
          add(pi.file, [...pi.path, 'values', k, 'value'], `brak liczby dla jednostki „${pi.indicator.unit}”`);
      });
      const sid = pi.indicator.series;
      if (sid !== undefined) {
        if (known?.seriesReadable !== false && !series.has(sid))
          add(pi.file, [...pi.path, 'series'], `nieznana seria „${sid}” (brak w content/series.yaml)`);
        const seen = seriesUnits.get(sid);
        if (!seen) seriesUnits.set(sid, { unit: pi.indicator.unit, where: `${pi.file}` });
        else if (seen.unit !== pi.indicator.unit)
          add(
            pi.file,
            [...pi.path, 'unit'],
            `jednostka „${pi.indicator.unit}” różni się od jednostki serii „${sid}” („${seen.unit}” w ${seen.where})`,
          );
        const self = `${pi.file}, ${pi.indicator.id}`;
        pi.indicator.values.forEach((v, k) => {
          if (v.year === undefined) return;
          const key = JSON.stringify([sid, p.id, v.kind, v.year]);
          const prev = seriesYears.get(key);
          // Twice in one indicator is the duplicate value check's (values.ts); here: two indicators.
          if (prev !== undefined && prev !== self)
            add(
              pi.file,
              [...pi.path, 'values', k, 'year'],
              `seria „${sid}” ma już w tym programie wartość rodzaju „${v.kind}” za ${v.year} r. (${prev}): linia serii pokazuje jedną wartość na rok — usuń jedną z nich z serii albo popraw rok`,
            );
          else seriesYears.set(key, self);
        });
      }
    }

    const reports = raw.reports.filter((r) => r.programme === p.id);
    const reportYears = new Map<number, string>();
    for (const r of reports) {
      const prevYear = reportYears.get(r.data.year);
      if (prevYear) add(r.file, ['year'], `drugie sprawozdanie za rok ${r.data.year} (jest już ${prevYear})`);
      reportYears.set(r.data.year, r.file);
      if (!inPeriod(r.data.year)) add(r.file, ['year'], `rok ${r.data.year} poza okresem programu ${period}`);
      const seen = new Set<string>();
      r.data.values.forEach((v, k) => {
        // In a programme whose files did not all parse, the indicator may be in the broken part.
        if (!indicatorIds.has(v.indicator) && !known?.incomplete?.has(p.id))
          add(r.file, ['values', k, 'indicator'], `nieznany wskaźnik „${v.indicator}” w programie ${p.id}`);
        if (seen.has(v.indicator)) add(r.file, ['values', k, 'indicator'], `wskaźnik „${v.indicator}” podany dwa razy`);
        seen.add(v.indicator);
      });
    }
  }

  for (const kind of ['goals', 'statistics', 'reports'] as const) {
    for (const e of raw[kind]) {
      if (!(known?.programmes.has(e.programme) ?? raw.programmes.some((p) => p.id === e.programme)))
        add(e.file, [], `plik w folderze programu „${e.programme}”, który nie ma index.mdx`);
    }
  }
  return problems;
}
