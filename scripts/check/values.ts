// Numbers that disagree with their own wording, or with another number for the same thing:
// `value: 2.506` with `text: "2 506"`, `value: 180` with "810 procedur", a negative count, a text
// that says "%" in a measure counted in people, two targets for one indicator and year, an achieved
// value in a goal file and another in the report for the same year. The schema cannot see these:
// each field is valid alone. Pure: takes the parsed content, returns problems with their paths.
import { placeIndicators, type Path, type PlacedIndicator, type RawContent } from '../../src/lib/model.ts';
import type { Problem } from '../../src/lib/crossCheck.ts';
import type { Unit } from '../../src/schemas/indicator.ts';
import { parseMeasure } from '../../src/lib/polishNumbers.ts';
import { clip } from '../../src/lib/format.ts';
import { numbersIn, plainReading, sameNumber } from './numbersInText.ts';
import { timeKey, type ValueTime } from '../../src/lib/valueTime.ts';

/** One value wherever it is written: its place (file and path), what it is for and what it says. */
interface Written {
  file: string;
  path: Path;
  indicator: string;
  unit: Unit;
  kind: string;
  time: ValueTime;
  value?: number;
  text: string;
  textDiffers?: string;
  /** The indicator this value belongs to (file#path of its definition): ids defined twice are crossCheck's. */
  owner: string;
}

const quote = (text: string, max = 60) => `„${clip(text, max, 'character')}”`;
const shown = (n: number) => String(n);
const kindNames: Record<string, string> = {
  target: 'wartość docelowa',
  achieved: 'wartość osiągnięta',
  statistic: 'wartość z diagnozy',
  baseline: 'wartość bazowa',
  budget: 'kwota budżetu',
};
const unitNames: Record<string, string> = { count: 'liczba (count)', percent: 'odsetek (percent)', currency: 'kwota w zł (currency)' };

/** The path of the k-th value of a placed indicator (budget lines and stated totals are laid out differently). */
function valuePath(pi: PlacedIndicator, k: number): Path {
  if (pi.group === 'budget') return [...pi.path, k];
  if (pi.group === 'total') return pi.path;
  return [...pi.path, 'values', k];
}

/** Every value of one programme: goal files, statistics, the programme file, then its reports. */
function writtenValues(raw: RawContent, programme: RawContent['programmes'][number]): Written[] {
  const goals = raw.goals.filter((g) => g.programme === programme.id);
  const statistics = raw.statistics.find((s) => s.programme === programme.id);
  const placed = placeIndicators(programme.id, programme, goals, statistics);
  const ownerOf = (pi: PlacedIndicator) => `${pi.file}#${pi.path.join('.')}`;
  const byId = new Map<string, PlacedIndicator>();
  for (const pi of placed) if (!byId.has(pi.indicator.id)) byId.set(pi.indicator.id, pi);
  const out: Written[] = placed.flatMap((pi) =>
    pi.values.map((v, k) => ({
      file: pi.file,
      path: valuePath(pi, k),
      indicator: pi.indicator.id,
      unit: pi.indicator.unit,
      owner: ownerOf(pi),
      ...v,
    })),
  );
  const reports = raw.reports.filter((r) => r.programme === programme.id).sort((a, b) => a.file.localeCompare(b.file));
  for (const r of reports) {
    r.data.values.forEach((v, k) => {
      const pi = byId.get(v.indicator);
      // An unknown indicator is reported by the cross-check; its unit, and so its rules, are unknown.
      if (pi)
        out.push({
          ...v,
          file: r.file,
          path: ['values', k],
          unit: pi.indicator.unit,
          owner: ownerOf(pi),
          kind: 'achieved',
          time: { kind: 'year', year: r.data.year },
        });
    });
  }
  return out;
}

/** "na rok 2024", "na lata 2025–2027", "rocznie w latach 2024–2030", "bez roku". */
function whenWords(t: ValueTime): string {
  if (t.kind === 'year') return `na rok ${t.year}`;
  if (t.kind === 'range') return `na lata ${t.from}–${t.to}`;
  if (t.kind === 'annual') return `rocznie w latach ${t.from}–${t.to}`;
  return 'bez roku';
}

/** The problem of one value with its own wording, if any (one per value: the first that applies). */
function wordingProblem(w: Written): Problem | undefined {
  const at = (field: string, message: string): Problem => ({ file: w.file, path: [...w.path, field], message });
  if (w.value === undefined || w.unit === 'text') return undefined;
  const readings = numbersIn(w.text);
  const agrees = readings.some((n) => sameNumber(n, w.value!));
  if (readings.length > 0 && !agrees && w.textDiffers === undefined) {
    const read = plainReading(w.text);
    const sign = readings.some((n) => sameNumber(n, -w.value!)) ? ' (różni się znakiem)' : '';
    const reading = read === undefined ? '' : ` (czyta się jako ${shown(read)})`;
    return at(
      'value',
      `liczba w value (${shown(w.value)}) nie zgadza się z liczbą w text ${quote(w.text)}${reading}${sign}; popraw value albo text według dokumentu źródłowego, a jeśli różnica jest zamierzona, dodaj textDiffers: "powód ze źródła"`,
    );
  }
  if (w.textDiffers !== undefined && agrees)
    return at(
      'textDiffers',
      `textDiffers jest zbędne: liczba w text ${quote(w.text)} zgadza się z value (${shown(w.value)}); usuń pole textDiffers`,
    );
  if (w.unit === 'count' && w.value < 0 && !agrees)
    return at(
      'value',
      `liczba ujemna (${shown(w.value)}) w mierniku liczonym w sztukach (unit: count): liczba osób, spotkań czy procedur nie może być mniejsza od zera; sprawdź znak w dokumencie źródłowym (jeśli dokument podaje wartość ujemną, np. współczynnik, wpisz ją z minusem także w text)`,
    );
  const measure = parseMeasure(w.text);
  if (measure && measure.unit !== 'count' && measure.unit !== w.unit)
    return at(
      'text',
      `text ${quote(w.text)} podaje ${unitNames[measure.unit]}, a miernik ma jednostkę ${unitNames[w.unit] ?? w.unit}; popraw unit miernika albo text według dokumentu źródłowego`,
    );
  return undefined;
}

export function valueProblems(raw: RawContent): Problem[] {
  const problems: Problem[] = [];
  for (const programme of raw.programmes) {
    const written = writtenValues(raw, programme);
    for (const w of written) {
      const p = wordingProblem(w);
      if (p) problems.push(p);
    }
    // One value per indicator, year and kind: a second one says something else about the same
    // thing, or the same thing twice (pages and charts would show both).
    const first = new Map<string, Written>();
    const defined = new Map<string, string>();
    for (const w of written) {
      // A second indicator with the same id is "powtórzony identyfikator" (crossCheck), not a second value.
      if (!defined.has(w.indicator)) defined.set(w.indicator, w.owner);
      if (defined.get(w.indicator) !== w.owner) continue;
      const key = `${w.indicator}\u0000${timeKey(w.time)}\u0000${w.kind}`;
      const prev = first.get(key);
      if (!prev) {
        first.set(key, w);
        continue;
      }
      // Twice in one report is already "podany dwa razy" (crossCheck): one mistake, one message.
      if (prev.file === w.file && w.kind === 'achieved' && w.path[0] === 'values') continue;
      const year = whenWords(w.time);
      const where = prev.file === w.file ? `wyżej w tym pliku: ${quote(prev.text, 40)}` : `w ${prev.file}: ${quote(prev.text, 40)}`;
      const fix =
        w.kind === 'achieved' && prev.file !== w.file
          ? 'wartość osiągniętą podaj w jednym miejscu (w sprawozdaniu za ten rok) i usuń drugą'
          : 'zostaw jedną; jeśli dokument podaje dwie liczby dla różnych rzeczy, zrób z nich osobne mierniki';
      const what =
        w.kind === 'budget'
          ? `druga kwota budżetu „${w.indicator}” ${year}`
          : `druga ${kindNames[w.kind] ?? w.kind} miernika „${w.indicator}” ${year}`;
      problems.push({ file: w.file, path: w.path, message: `${what} (jest już ${where}); ${fix}` });
    }
  }
  return problems;
}
