// One cell at a time: printed numbering ("1.2", "a)"), implementers, measures, amounts. Every number
// is read with src/lib/polishNumbers.ts; a cell with digits that cannot be read unambiguously is a
// problem, never a guess.
import { hasDigits, parseMeasure, splitCompound, tidyCell, type Measure } from '../../src/lib/polishNumbers.ts';
import type { TimeFields } from '../../src/lib/valueTime.ts';
import type { Implementer } from '../../src/schemas/goal.ts';
import type { BudgetLine } from '../../src/schemas/budget.ts';
import type { Indicator, Unit } from '../../src/schemas/indicator.ts';
import { slugify } from '../../src/lib/text.ts';
import { readTime } from './time.ts';
import { PLACEHOLDER } from '../check/warnings.ts';

/** Institutions of the programme's municipality, to turn names into references. */
export interface Institution {
  id: string;
  name: string;
  shortName?: string;
}

/** A cell of a value column: its text, its column and the time its header gives. */
export interface Slot {
  cell: string;
  index: number;
  time: TimeFields;
}

/** Reports a problem at a column of the current row. */
export type Report = (index: number, message: string) => void;

/** Numbering printed before a title or in the "Lp." column. */
export type Prefix = { kind: 'number'; id: string; depth: number } | { kind: 'letter' } | { kind: 'bullet' };

const PRIVATE_BULLETS = /[\uf0a7\uf0b7\uf0d8\uf076]/gu;
/** tidyCell, and the bullets PDF and Word copies leave in private-use characters. */
export const tidy = (text: string) => tidyCell(text.replace(PRIVATE_BULLETS, '•').replace(/^\s*[•·▪]\s*/u, ''));
export const isEmpty = (text: string) => /^[\s\-–—]*$/u.test(text);

const NUMBERED = /^((?:\d+|[IVXLC]+)(?:\.\d+)+)\.?\)?(?:\s+|$)|^(\d+|[IVXLC]+)[.)](?:\s+|$)/u;
const LETTERED = /^[a-z][).](?:\s+|$)/u;
const BULLETED = /^(?:[-–—•·▪]|[\uf0a7\uf0b7\uf0d8\uf076])\s*/u;

/** "1.2 Prowadzenie poradnictwa" → number 1.2 and the title; "a) porady" → a letter; "- porady" → a bullet. */
export function splitPrefix(cell: string): { prefix?: Prefix; title: string } {
  const text = cell.replace(/\s+/g, ' ').trim();
  const n = NUMBERED.exec(text);
  if (n) {
    const id = n[1] ?? n[2]!;
    return { prefix: { kind: 'number', id, depth: id.split('.').length }, title: text.slice(n[0].length).trim() };
  }
  const l = LETTERED.exec(text);
  if (l) return { prefix: { kind: 'letter' }, title: text.slice(l[0].length).trim() };
  const b = BULLETED.exec(text);
  if (b && b[0].length < text.length) return { prefix: { kind: 'bullet' }, title: text.slice(b[0].length).trim() };
  return { title: text };
}

/** An "Lp." cell: "1.", "1.2", "a)"; undefined for anything else. */
export function lpPrefix(cell: string): Prefix | undefined {
  const text = cell.trim();
  if (/^[a-z][).]?$/u.test(text)) return { kind: 'letter' };
  const m = /^((?:\d+|[IVXLC]+)(?:\.\d+)*)\.?\)?$/u.exec(text);
  return m ? { kind: 'number', id: m[1]!, depth: m[1]!.split('.').length } : undefined;
}

/** A printed id worth keeping: "1.2", "I.2.3". A lone "1." is the row's position, which the site numbers anyway. */
export const printedId = (prefix: Prefix | undefined) => (prefix?.kind === 'number' && prefix.depth >= 2 ? prefix.id : undefined);

const GOAL_HEADING = /^Cel(?:\s+szczegółowy|\s+operacyjny)?\s+([0-9]+|[IVXLC]+)(?:[.:)]|\s+[-–—])?\s+(.*\S)\s*$/u;

/** "Cel 1. Tytuł", "Cel szczegółowy 2: Tytuł", "3. Tytuł" → id and title; a title without a number has no id. */
export function goalOf(cell: string, heading = false): { id?: string; title: string } | undefined {
  const text = cell.replace(/\s+/g, ' ').trim();
  const h = GOAL_HEADING.exec(text);
  if (h) return { id: h[1]!, title: h[2]! };
  if (heading) return undefined;
  const { prefix, title } = splitPrefix(text);
  return prefix?.kind === 'number' && prefix.depth === 1 ? { id: prefix.id, title } : { title: text };
}

/** "Miejski Ośrodek Pomocy Społecznej w Krakowie" also answers to "Miejski Ośrodek Pomocy Społecznej". */
const normaliseName = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const withoutPlace = (s: string) => s.replace(/\s+w\s+\p{Lu}[\p{L}-]*$/u, '');

/** Names separated by ";" or line breaks; a name of one of the municipality's institutions becomes a reference. */
export function implementersOf(cell: string, institutions: Institution[]): Implementer[] {
  return cell
    .split(/;|\n/)
    .map(tidy)
    .filter((name) => name !== '')
    .map((name): Implementer => {
      const wanted = normaliseName(name);
      const matches = institutions.filter((i) =>
        [i.name, withoutPlace(i.name), i.shortName ?? ''].some((n) => n !== '' && normaliseName(n) === wanted),
      );
      return matches.length === 1 ? { institution: matches[0]!.id } : { name };
    });
}

/** How long an id made from a label may be (slugify cuts it at a hyphen). */
const ID_MAX = 60;

/** A readable id not used yet in the programme: "liczba-porad", then "liczba-porad-2". */
export function uniqueId(label: string, fallback: string, used: Set<string>): string {
  const base = slugify(label, ID_MAX) || fallback;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The unit a measure's name says: "Liczba …"/"Ilość …" → count, "Odsetek …"/"Procent …"/"%" →
 * percent, "Kwota …"/"Koszt …"/"zł" → currency; any other name → text (the editor checks it).
 */
export function unitOfName(label: string): Unit {
  const n = label.toLowerCase();
  if (/^(liczba|ilość)(?!\p{L})/u.test(n)) return 'count';
  if (/^(odsetek|procent)(?!\p{L})/u.test(n) || n.includes('%')) return 'percent';
  if (/^(kwota|koszt)(?!\p{L})/u.test(n) || /(?<!\p{L})zł(?!\p{L})/u.test(n)) return 'currency';
  return 'text';
}

const unreadable = (text: string) =>
  `nie można jednoznacznie odczytać liczby z „${text}” (oczekiwano np. „Liczba porad – 1 200”, „850 grup”, „23,5%”, „30 000 zł”)`;

/** One value cell: its time (from the header, else from the cell's own words), its number and its wording. */
function readValue(part: string, slot: Slot, report: Report): { value: Indicator['values'][number]; measure?: Measure } | undefined {
  const text = tidy(part);
  const dated = Object.keys(slot.time).length > 0;
  const { time, rest, problem } = dated ? { time: slot.time, rest: text, problem: undefined } : readTime(text, 'cell');
  if (problem) {
    report(slot.index, `komórka „${text}” ${problem}`);
    return undefined;
  }
  if (!hasDigits(rest)) return { value: { ...time, kind: 'target', text } };
  const measure = parseMeasure(rest);
  if (!measure) {
    report(slot.index, unreadable(text));
    return undefined;
  }
  return { value: { ...time, kind: 'target', value: measure.value, text }, measure };
}

/** The parts of each value cell; every filled cell must have `count` parts (any count when undefined). */
function partsOf(slots: Slot[], count: number | undefined, report: Report, why: (n: number) => string): string[][] | undefined {
  const parts = slots.map((s) => splitCompound(s.cell.replace(PRIVATE_BULLETS, ' ')));
  const counts = new Set(parts.filter((p) => p.length > 0).map((p) => p.length));
  if (counts.size === 0) return parts;
  if (counts.size > 1 || (count !== undefined && !counts.has(count))) {
    slots.forEach((s, k) => parts[k]!.length > 0 && report(s.index, why(parts[k]!.length)));
    return undefined;
  }
  return parts;
}

/**
 * A row without a measure name: one indicator per measure in its value cells (several when the
 * cells are compound), named by the words around the numbers ("Liczba porad – 1 200").
 */
export function measuresOf(slots: Slot[], fallbackId: (n: number) => string, used: Set<string>, report: Report): Indicator[] {
  const parts = partsOf(
    slots,
    undefined,
    report,
    () =>
      `komórki wiersza mają różną liczbę mierników (${[...new Set(slots.map((s) => splitCompound(s.cell).length).filter((n) => n > 0))].join(' / ')}): rozdziel je ręcznie`,
  );
  const count = Math.max(0, ...(parts ?? []).map((p) => p.length));
  const out: Indicator[] = [];
  for (let n = 0; n < count; n++) {
    const read = slots.flatMap((s, k) => (parts![k]![n] === undefined ? [] : [{ slot: s, r: readValue(parts![k]![n]!, s, report) }]));
    if (read.some((x) => !x.r)) continue;
    const measures = read.flatMap((x) => (x.r!.measure ? [x.r!.measure] : []));
    const units = new Set(measures.map((m) => m.unit));
    if (units.size > 1) {
      read.forEach((x) => report(x.slot.index, `różne jednostki w jednym wierszu (${[...units].join(', ')})`));
      continue;
    }
    const values = read.map((x) => x.r!.value);
    const first = measures[0];
    const label = first?.label ? capitalise(first.label) : measures.length === 0 ? values[0]!.text : '';
    out.push({
      id: uniqueId(label, fallbackId(out.length + 1), used),
      label: label || `${PLACEHOLDER}: nazwa miernika`,
      unit: first?.unit ?? 'text',
      unitLabel: first ? unitLabelFor(first.unit, first.label, first) : '',
      values,
    });
  }
  return out;
}

/** "Liczba porad; Liczba grup" or one name a line after a bullet: the names of a row's measures. */
export const labelsOf = (cell: string) =>
  cell
    .replace(PRIVATE_BULLETS, '•')
    .split(/;|\n(?=\s*[-–—•·▪])/u)
    .map(tidy)
    .filter((l) => l !== '');

/**
 * A row with a measure name column: one indicator per name, its values from the value cells (one
 * part per name). Where the row's value cells are empty, a name with a number in it ("liczba
 * szkoleń – 3") is read as a target, its time only from its own words ("w 2025 r."). A name without a number gives an indicator
 * without values, its unit from the name (unitOfName).
 */
export function namedMeasuresOf(
  labelCell: string,
  labelIndex: number,
  slots: Slot[],
  fallbackId: (n: number) => string,
  used: Set<string>,
  report: Report,
): Indicator[] {
  const names = labelsOf(labelCell);
  if (names.length === 0) return measuresOf(slots, fallbackId, used, report);
  type Read = { slot: Slot; r: ReturnType<typeof readValue> };
  let reads: Read[][];
  const inline = slots.every((s) => isEmpty(s.cell)) && names.some(hasDigits);
  if (inline) {
    reads = names.map((name) => {
      const slot = { cell: name, index: labelIndex, time: {} };
      return hasDigits(name) ? [{ slot, r: readValue(name, slot, report) }] : [];
    });
  } else {
    const parts = partsOf(
      slots,
      names.length,
      report,
      (n) => `komórka ma ${n} wartości, a kolumna nazw mierników ${names.length}: rozdziel je ręcznie`,
    );
    if (!parts) return [];
    reads = names.map((_, k) =>
      slots.flatMap((s, j) => (parts[j]![k] === undefined ? [] : [{ slot: s, r: readValue(parts[j]![k]!, s, report) }])),
    );
  }
  return names.flatMap((name, k): Indicator[] => {
    const read = reads[k]!;
    if (read.some((x) => !x.r)) return [];
    const measures = read.flatMap((x) => (x.r!.measure ? [x.r!.measure] : []));
    const label = capitalise(inline && measures[0]?.label ? measures[0].label : name);
    const stated = new Set(measures.map((m) => m.unit).filter((u) => u !== 'count'));
    if (stated.size > 1) {
      read.forEach((x) => report(x.slot.index, `różne jednostki w jednym wierszu (${[...stated].join(', ')})`));
      return [];
    }
    const named = unitOfName(label);
    const unit: Unit = [...stated][0] ?? (measures.length === 0 ? named : named === 'percent' || named === 'currency' ? named : 'count');
    return [
      {
        id: uniqueId(label, fallbackId(k + 1), used),
        label,
        unit,
        unitLabel: unitLabelFor(unit, label, measures[0]),
        values: read.map((x) => x.r!.value),
      },
    ];
  });
}

/**
 * The unit in words: "%", "zł", or for a count the noun after "Liczba"/"Ilość" or after the number,
 * past adjectives and participles in -ych/-ich: "Liczba udzielonych porad" → "porad", "850
 * powołanych grup roboczych" → "grup". The editor may reword it.
 */
function unitLabelFor(unit: Unit, name: string, measure: Measure | undefined): string {
  if (unit === 'percent') return '%';
  if (unit === 'currency') return 'zł';
  if (unit === 'text') return '';
  const wordsOf = (s: string) =>
    s
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}/-]/gu, ''))
      .filter((w) => w !== '');
  const named = wordsOf(name);
  const words = /^(liczba|ilość)$/i.test(named[0] ?? '') ? named.slice(1) : measure?.numberFirst ? wordsOf(measure.label) : [];
  return (words.find((w) => !/(ych|ich)$/iu.test(w)) ?? words[0] ?? '').toLowerCase();
}

/** A "Koszt"/"Budżet" cell: an amount becomes a budget line; a cell without digits ("budżet gminy") is a source of funding. */
export function budgetOf(slot: Slot, report: Report): { line?: BudgetLine; funding?: string } {
  const text = tidy(slot.cell);
  if (isEmpty(text)) return {};
  const dated = Object.keys(slot.time).length > 0;
  const { time, rest, problem } = dated ? { time: slot.time, rest: text, problem: undefined } : readTime(text, 'cell');
  if (problem) {
    report(slot.index, `komórka „${text}” ${problem}`);
    return {};
  }
  if (!hasDigits(rest)) return { funding: text };
  const m = parseMeasure(rest);
  if (!m || m.unit === 'percent' || m.value < 0) {
    report(
      slot.index,
      `nie można jednoznacznie odczytać kwoty z „${text}” (oczekiwano np. „30 000 zł”, „12 667 680 zł na lata 2025–2027”)`,
    );
    return {};
  }
  return { line: { ...time, value: m.value, text } };
}
