// Fidelity of the Kraków "Program Wspierania Rodziny dla Gminy Miejskiej Kraków na lata 2025–2027"
// (seed /work/shared/seeds/004_8dba84d8f56b22da.txt) in the open-data export dist/dane/wskazniki.json,
// which the global setup of the build tests writes before these tests run.
//
// How the expected counts were obtained — by hand, from the source document, not from content/:
//
// TARGETS (kind "target", numeric). The source has 51 table rows (działania) in 7 tables of
// "Zadania podstawowe" / "Zadania komplementarne" (continuation pages "c.d." merged). Each row has
// one cell per year 2025, 2026, 2027. Every number in a cell that is a target value was counted once
// per year cell; compound cells count each number ("6 000 zajęć …, 70 000 osób …" = 2 per year).
// Numbers in the row titles ("do lat 3", "w czterech filiach", "do 7 roku życia", "klas VI-VIII",
// "KKR 3+", "po 6 roku życia") are not targets; "powstanie jednej Pracowni Młodych" counts as 1;
// "wzrost o 2% w skali roku …" counts as 2 (percent). Per row, numbers per year × 3 years:
//   basic, family support:           9 910 | 690/700/710 | 1+1, 2+2, 2+2 | 50            → 3+3+6+3 = 15
//   complementary, small children:   zajęcia+osoby | 1 200 | 12+120 | 150               → 6+3+6+3 = 18
//   complementary, information:      140 000+500 | 18 000 | IKR (words only) | 6 200+228+220
//                                    | 30/31/32 000 | 2                                 → 6+3+0+9+3+3 = 24
//   basic, daily support:            26                                                  → 3
//   complementary, school age (19 rows): 4 500 | 400 | 20+150 | 450+8 000 | 10 | 2
//                                    | 2% (+ social-media words only) | 10+250 | 1 | 4+4 000
//                                    | (Gala in words) 2+200 | poradnie: 314, 286, 221, 44 562,
//                                    1 247, 15 699, 1 164, 386, 212 | 68/80/80+1582/2200/2200 | 18
//                                    | 10 | 3+10+45/47/50 | 20+7 | 30 | 50/55/60            → 108
//   basic, disability:               5 400 | 100                                         → 6
//   complementary, disability (15 rows): 6 000/6 250/6 500+85/90/100 | 3 | 300 | 1 | 1 | 21 013
//                                    | 33/36/39 000 | 4 500 | 600/650/700 | 300 | 60 | 22/22/30
//                                    | 80+80 | 700 | 3                                     → 51
//   total: 15+18+24+3+108+6+51 = 225.
// Targets stated only in words (value null): IKR on kkr.krakow.pl, growth of social-media followers,
// the Gala Wolontariatu — 3 × 3 years = 9.
//
// BUDGETS (kind "budget"): only the basic-task tables have the column "Planowana wysokość środków na
// realizację działania 2025-2027", one amount per row, for the whole period (no year): 6 540 600,
// 12 667 680, 21 200, 1 173 840, 33 571 800, 712 800, 3 960 000 zł → 7. The source states no total.
//
// STATISTICS (kind "statistic"): the "Diagnoza" section is prose only; it states no number other than
// the periods of earlier programmes (2019-2021, 2022-2024), which are not measurements → 0.
// The source has no achieved values and no baselines → 0 each.
import { describe, it, expect } from 'vitest';
import type { ExportRow } from '../../src/lib/exportRows.ts';
import { exportJson } from '../../scripts/lib/dist.ts';

const PROGRAMME = 'krakow-wspieranie-rodziny-2025-2027';

/** Numeric values the source states, per kind (counted by hand, see above). */
const EXPECTED_NUMERIC: Record<ExportRow['kind'], number> = {
  target: 225,
  budget: 7,
  statistic: 0,
  achieved: 0,
  baseline: 0,
};

/** Targets stated in words only. */
const EXPECTED_TEXT_TARGETS = 9;

interface Spot {
  what: string;
  kind: ExportRow['kind'];
  year: number | null;
  value: number;
  unit?: ExportRow['unit'];
}

/** Values that are easy to get wrong: thousands with spaces, period budgets, percent, yearly changes. */
const SPOTS: Spot[] = [
  { what: 'poradnie: „44 562 spotkania indywidualne” (2025)', kind: 'target', year: 2025, value: 44562 },
  { what: 'poradnie: „15 699 porad” (2027)', kind: 'target', year: 2027, value: 15699 },
  { what: '„Za życiem”: „21 013 godzin zajęć …” (2026)', kind: 'target', year: 2026, value: 21013 },
  { what: '„140 000 odsłon strony kkr.krakow.pl” (2025)', kind: 'target', year: 2025, value: 140000 },
  { what: '#Ogarniam życie: „1582 uczestników” (2025)', kind: 'target', year: 2025, value: 1582 },
  { what: '#Ogarniam życie: „2200 uczestników” (2026)', kind: 'target', year: 2026, value: 2200 },
  { what: '„47 projektów samorządów uczniowskich” (2026)', kind: 'target', year: 2026, value: 47 },
  { what: '„710 rodzin objętych usługą asystenta rodziny” (2027)', kind: 'target', year: 2027, value: 710 },
  { what: '„wzrost o 2% w skali roku liczby odsłon …” (2025)', kind: 'target', year: 2025, value: 2, unit: 'percent' },
  { what: 'asystent rodziny: 12 667 680 zł (2025–2027)', kind: 'budget', year: null, value: 12667680 },
  { what: 'placówki wsparcia dziennego: 33 571 800 zł (2025–2027)', kind: 'budget', year: null, value: 33571800 },
  { what: 'izolacja penitencjarna: 1 173 840 zł (2025–2027)', kind: 'budget', year: null, value: 1173840 },
  { what: 'rodziny wspierające: 21 200 zł (2025–2027)', kind: 'budget', year: null, value: 21200 },
];

describe('wierność programu Kraków — wspieranie rodziny 2025–2027 wobec źródła', () => {
  const rows = exportJson().filter((r) => r.programme === PROGRAMME);

  it('eksport zawiera program', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.organisation))).toEqual(new Set(['krakow']));
  });

  for (const kind of Object.keys(EXPECTED_NUMERIC) as ExportRow['kind'][]) {
    it(`liczba wartości liczbowych rodzaju „${kind}” jest taka jak w źródle (${EXPECTED_NUMERIC[kind]})`, () => {
      expect(rows.filter((r) => r.kind === kind && r.value !== null).length).toBe(EXPECTED_NUMERIC[kind]);
    });
  }

  it('cele wyrażone tylko słowami są w eksporcie bez liczby', () => {
    expect(rows.filter((r) => r.kind === 'target' && r.value === null).length).toBe(EXPECTED_TEXT_TARGETS);
  });

  it('każda wartość docelowa ma rok z okresu 2025–2027', () => {
    const bad = rows.filter((r) => r.kind === 'target' && (r.year === null || r.year < 2025 || r.year > 2027));
    expect(bad.map((r) => r.indicator)).toEqual([]);
  });

  it('środki są podane na cały okres 2025–2027 (bez roku)', () => {
    const budgets = rows.filter((r) => r.kind === 'budget');
    expect(budgets.filter((r) => r.year !== null).map((r) => r.indicator)).toEqual([]);
    expect(budgets.every((r) => r.unit === 'currency')).toBe(true);
  });

  for (const spot of SPOTS) {
    it(`jest wartość: ${spot.what}`, () => {
      const found = rows.filter(
        (r) => r.kind === spot.kind && r.year === spot.year && r.value === spot.value && (spot.unit === undefined || r.unit === spot.unit),
      );
      expect(found.length).toBeGreaterThanOrEqual(1);
    });
  }
});
