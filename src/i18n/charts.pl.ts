// Polish text of the charts' axes, towns and scale splits (issue #21: charts that cannot mislead).
// Kept apart from pl.ts, whose t.chart holds the older chart phrases.
import type { Unit } from '../schemas/indicator.ts';

type ChartUnit = Exclude<Unit, 'text'>;

export const chartsText = {
  /** The value axis's title, with its unit: "Liczba procedur", "Odsetek (%)", "Kwota (zł)". */
  valueAxis: (unit: ChartUnit, unitLabel?: string) =>
    unit === 'percent' ? 'Odsetek (%)' : unit === 'currency' ? 'Kwota (zł)' : unitLabel ? `Liczba ${unitLabel}` : 'Liczba',
  /** The measure in a heading where several measures share a chart: "liczba posiedzeń", "odsetki". */
  measureWord: (unit: ChartUnit, unitLabel?: string) =>
    unit === 'percent' ? 'odsetki' : unit === 'currency' ? 'kwoty' : unitLabel ? `liczba ${unitLabel}` : 'liczby',
  yearAxis: 'Rok',
  budgetTitle: (when: string, place: string, top: string, value: string) =>
    `Planowane środki według zadań ${when} — ${place}: najwięcej — ${top}, ${value}`,
  declarationTitle: (id: string, place: string, change: string) => `${id} — ${place}, deklarowany cel: ${change}`,
  /** "Działanie 1.2 — Kraków", "Działanie 1.1 — Kraków, liczba posiedzeń". */
  placed: (subject: string, place: string, measure?: string) => `${subject} — ${place}${measure ? `, ${measure}` : ''}`,
  /** A summary begins with the town: "Kraków — cel: 880 procedur …". */
  inPlace: (place: string, rest: string) => `${place} — ${rest}`,
  /** Towns of one chart: "Kraków", "Kraków i Krasnystaw". */
  places: (names: readonly string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} i ${names[names.length - 1]}`,
  /** A line of a series: its town first. */
  seriesLegend: (kind: string, edition: string, place: string) => `${place}: ${kind}, ${edition}`,
  /** The series table's column of the town and edition of each value. */
  seriesEdition: 'Gmina: program (edycja)',
  /** "Dane wykresu: … — Kraków" for a series chart's table elsewhere on the page. */
  seriesCaption: (title: string, places: string) => `${title} — ${places}`,
  /** A note under a series split by scale: why the towns have a chart each. */
  scaleSplit: 'Wartości gmin różnią się o więcej niż rząd wielkości, więc każda ma własny wykres i własną oś.',
  unitSplit:
    'Dokumenty podają te wartości w różnych jednostkach lub w skalach różniących się o więcej niż rząd wielkości, więc każda grupa ma własny wykres i własną oś.',
};
