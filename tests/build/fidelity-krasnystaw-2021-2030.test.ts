// Fidelity of the Krasnystaw programme 2021–2030 against its source: annex 2 to the 2023 activity
// report of the Miejski Ośrodek Pomocy Społecznej w Krasnymstawie ("Informacja z wdrażania Miejskiego
// Programu Przeciwdziałania Przemocy w Rodzinie oraz Ochrony Ofiar Przemocy w Rodzinie za rok 2023",
// /work/shared/seeds/003_5eaeffcf29d40884.txt). Reads the built files only; fetches nothing.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { ExportRow } from '../../src/lib/exportRows.ts';
import { fileURLToPath } from 'node:url';

const PROGRAMME = 'krasnystaw-przemoc-w-rodzinie-2021-2030';
const dist = (path: string) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));

// Counted by hand in the source, one by one along the column "Wielkość wskaźnika osiągnięta w roku
// sprawozdawczym" (each numbered "Nazwa Wskaźnika" has exactly one number beside it, all numeric):
//   cel szczegółowy 1: zadanie „Zapewnienie wsparcia informacyjnego…” 4 (295, 2, 3, 2),
//                      „Zapewnienie bezpieczeństwa…” 2 (0, 2),
//                      „Zapewnienie kompleksowej pomocy…” 6 (140, 13, 12, 5, 11, 2)        = 12
//   cel szczegółowy 2: „Upowszechnianie informacji…” 3 (2 506, 2, 4),
//                      „Opracowanie i realizacja projektów edukacyjnych…” 2 (1, 40),
//                      „Promowanie zachowań nieagresywnych…” 2 (25, 1 430)                = 7
//   cel szczegółowy 3: „Funkcjonowanie Zespołu Interdyscyplinarnego” 4 (14, 30, 1, 12),
//                      „Systematyczne diagnozowanie…” 1 (2),
//                      „Prowadzenie zintegrowanych i skoordynowanych działań…” 2 (34, 96)   = 7
// Total 26 numeric achieved values for 2023 (the value 0 counts: it is stated in the source).
const ACHIEVED_2023_IN_SOURCE = 26;

type Row = ExportRow;

const rows = (): Row[] => {
  const all = JSON.parse(readFileSync(dist('dane/wskazniki.json'), 'utf8')) as Row[];
  return all.filter((r) => r.programme === PROGRAMME);
};

const achieved2023 = () => rows().filter((r) => r.kind === 'achieved' && r.year === 2023 && r.value !== null);

describe(`${PROGRAMME}: achieved values 2023 in the export`, () => {
  it('has exactly as many numeric achieved values for 2023 as the source states', () => {
    expect(achieved2023()).toHaveLength(ACHIEVED_2023_IN_SOURCE);
  });

  it('belongs to the organisation krasnystaw and has no targets (the source gives none)', () => {
    const r = rows();
    expect(r.length).toBeGreaterThan(0);
    expect(new Set(r.map((x) => x.organisation))).toEqual(new Set(['krasnystaw']));
    expect(r.filter((x) => x.kind === 'target')).toHaveLength(0);
  });

  // [fragment of the indicator's name as printed, value achieved in 2023]
  const spotChecks: [string, number][] = [
    ['Liczba udzielonych porad i konsultacji', 295],
    ['porad w punkcie konsultacyjnym', 140],
    ['osób umieszczonych w specjalistycznych ośrodkach', 0],
    ['sprawców przemocy skierowanych', 11],
    ['opracowanych i upowszechnionych materiałów informacyjnych', 2506],
    ['osób uczestniczących w działaniach', 1430],
    ['Liczba członków Zespołu', 14],
    ['Liczba grup roboczych', 30],
    ['procedur „Niebieskie Karty”', 34],
    ['wizyt w rodzinach', 96],
  ];
  it.each(spotChecks)('„%s” = %d', (fragment, value) => {
    const matching = achieved2023().filter((r) => r.label.includes(fragment));
    expect(matching).toHaveLength(1);
    expect(matching[0]!.value).toBe(value);
  });
});

describe(`${PROGRAMME}: report page 2023`, () => {
  const page = dist(`programy/${PROGRAMME}/sprawozdania/2023/index.html`);

  const pageText = () =>
    readFileSync(page, 'utf8')
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]*>/g, ' | ')
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ');

  /** The number as a whole figure: not part of a longer number (tags become „|”, so cells stay apart). */
  const figure = (formatted: string) => new RegExp(`(?<![\\d,])(?<!\\d )${formatted}(?![\\d,]| \\d{3}(?!\\d))`);

  it('exists', () => {
    expect(existsSync(page)).toBe(true);
  });

  it.each(['2 506', '1 430', '295', '140', '96'])('shows %s formatted in Polish', (formatted) => {
    expect(pageText()).toMatch(figure(formatted));
  });
});
