// Polish text of the change history (src/lib/history.ts): the indicator page's "Historia zmian",
// the programme page's latest changes and the Atom feeds of changes. Kept apart from pl.ts.
import type { ValueEvent } from '../lib/history.ts';

export const historyText = {
  heading: 'Historia zmian',
  caption: (label: string) => `Historia zmian wartości: ${label}`,
  columns: { date: 'Data', what: 'Co się zmieniło', from: 'Było', to: 'Jest' },
  types: { added: 'Dodano', changed: 'Poprawiono', removed: 'Usunięto' } satisfies Record<ValueEvent['type'], string>,
  /** "Poprawiono: cel (plan), 2025" */
  what: (type: string, kind: string, time: string) => `${type}: ${kind}, ${time}`,
  /** The value cell when the wording says more than the number: "1 250 („1 250 porad”)". */
  valueWithText: (shown: string, text: string) => `${shown} („${text}”)`,
  none: '—',
  version: (hash: string) => `wersja ${hash}`,
  /** Followed by the date in brackets: "Wartości nie zmieniały się od opublikowania (1 grudnia 2026)." */
  unchanged: 'Wartości nie zmieniały się od opublikowania',
  intro: 'Każda zmiana wartości po opublikowaniu, z datą wprowadzenia — poprawki nie znikają bez śladu.',
  programme: {
    heading: 'Ostatnie zmiany wartości',
    caption: (title: string, n: number) => `Ostatnie zmiany wartości mierników (do ${n}): ${title}`,
    indicator: 'Miernik',
    /** Followed by the date in brackets. */
    unchanged: 'Wartości mierników nie zmieniały się od opublikowania programu',
    feed: 'Zmiany w tym programie jako kanał Atom',
  },
  feed: {
    siteTitle: 'Miernik: zmiany w programach',
    siteSubtitle: 'Nowe programy, nowe sprawozdania i poprawione wartości mierników',
    programmeTitle: (title: string) => `Miernik: zmiany — ${title}`,
    siteLink: 'Zmiany w serwisie (Atom)',
    programmeLink: (title: string) => `Zmiany: ${title} (Atom)`,
    newProgramme: (title: string) => `Nowy program: ${title}`,
    newProgrammeSummary: (title: string, organisation: string) => `Opublikowano program „${title}” (${organisation}).`,
    newReport: (year: number, title: string) => `Sprawozdanie za ${year}\u00a0r.: ${title}`,
    newReportSummary: (year: number, title: string, values: number) =>
      `Opublikowano sprawozdanie za ${year}\u00a0r. z programu „${title}”; wartości osiągnięte: ${values}.`,
    valueTitle: (type: string, label: string) => `${type}: ${label}`,
    valueSummary: (what: string, from: string, to: string, programme: string) =>
      `${what}. Było: ${from}. Jest: ${to}. Program: ${programme}.`,
  },
};
