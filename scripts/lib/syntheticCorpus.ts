// A synthetic content folder for benchmarks: N programmes that pass `npm run check` with no errors
// and no warnings, shaped like the real ones (5 goals, ~12 tasks, ~25 actions, ~60 indicators,
// 3–7 years, budgets, one report, institutions of the municipality, a diagnosis table now and then).
// Pure and deterministic: the same options give the same files, byte for byte. Each municipality
// and each programme draws from a random stream of its own, so the first 100 programmes of a corpus
// of 1000 are the corpus of 100 (same seed). Labels and texts are Polish-looking, built from the
// small word lists below; numbers are written as programmes print them ("1 250", "23,5%", "30 000 zł").
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { action, expectedResult, goal, implementer, task } from '../../src/schemas/goal.ts';
import type { budgetLine } from '../../src/schemas/budget.ts';
import type { indicator, indicatorValue } from '../../src/schemas/indicator.ts';
import type { institution } from '../../src/schemas/institution.ts';
import type { programme, risk, statedTotal } from '../../src/schemas/programme.ts';
import type { reportValue } from '../../src/schemas/report.ts';
import type { statisticsTable } from '../../src/schemas/statistics.ts';
import type { SeriesEntry } from '../../src/schemas/series.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';
import type { SynonymGroup } from '../../src/schemas/searchSynonyms.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import { formatNumberPlain as formatNumber } from '../../src/lib/format.ts';

// What we write is what an editor writes: schema input, defaults left out.
type IndicatorData = z.input<typeof indicator>;
type ValueData = z.input<typeof indicatorValue>;
type ActionData = z.input<typeof action>;
type TaskData = z.input<typeof task>;
type GoalData = z.input<typeof goal>;
type ExpectedData = z.input<typeof expectedResult>;
type ImplementerData = z.input<typeof implementer>;
type BudgetData = z.input<typeof budgetLine>;

export interface CorpusOptions {
  programmes: number;
  seed: number;
}

/** One file: its path inside the content folder (with `/`) and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /**
   * organisations, institutions, programmes, goals, tasks, actions, indicators (with diagnosis data),
   * values (of indicators, and the reports' achieved values), budgetLines, reports, files.
   */
  counts: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny 32-bit PRNG, good enough for test data; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** n different items, in random order. */
  sample<T>(list: readonly T[], n: number): T[];
}

/** A random stream for one part of the corpus: the seed mixed with the part's numbers (murmur3 finaliser). */
export function random(seed: number, ...parts: number[]): Random {
  let h = seed >>> 0;
  for (const part of [...parts, parts.length]) {
    h = Math.imul(h ^ (part >>> 0), 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
  }
  const next = mulberry32(h);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[int(0, list.length - 1)]!,
    sample: (list, n) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

/** `total` split into `buckets` counts of at least 1 each. */
function split(r: Random, total: number, buckets: number): number[] {
  const counts = Array.from({ length: buckets }, () => 1);
  for (let k = buckets; k < total; k++) counts[r.int(0, buckets - 1)]!++;
  return counts;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round1 = (x: number) => Math.round(x * 10) / 10;
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const yaml = (data: unknown) => stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
const mdx = (frontmatter: unknown, body: string) => `---\n${yaml(frontmatter)}---\n${body}`;
const paragraphs = (...parts: string[]) => `${parts.join('\n\n')}\n`;

// ---------------------------------------------------------------------------------------------
// Word lists

/** Municipality names: feminine roots and adjectives, so that "Dąbrowa Górna" agrees. */
const TOWNS = [
  'Dąbrowa',
  'Wola',
  'Lipnica',
  'Jodłowa',
  'Sosnowica',
  'Łęka',
  'Kamionka',
  'Bukowina',
  'Olszanka',
  'Brzezinka',
  'Wierzbica',
  'Sucha',
];
const TOWN_ADJECTIVES = ['', 'Górna', 'Dolna', 'Wielka', 'Mała', 'Nowa', 'Stara', 'Leśna', 'Polna'];
const VOIVODESHIPS = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
];
const STREETS = ['Kościuszki', 'Mickiewicza', 'Szkolna', 'Lipowa', 'Ogrodowa', 'Kościelna', 'Polna', 'Rynek'];

type InstitutionData = z.input<typeof institution>;
interface InstitutionKind {
  key: string;
  name: string;
  shortName?: string;
  helpKinds: InstitutionData['helpKinds'];
  audiences: InstitutionData['audiences'];
  does: string;
}

/** The first is in every municipality; the others are drawn. */
const INSTITUTIONS: InstitutionKind[] = [
  {
    key: 'gops',
    name: 'Gminny Ośrodek Pomocy Społecznej',
    shortName: 'GOPS',
    helpKinds: ['social-work', 'financial', 'family-assistant'],
    audiences: ['adults', 'children', 'families'],
    does: 'prowadzi pracę socjalną, udziela pomocy finansowej i zapewnia usługę asystenta rodziny',
  },
  {
    key: 'zi',
    name: 'Zespół Interdyscyplinarny ds. Przeciwdziałania Przemocy Domowej',
    helpKinds: ['coordination'],
    audiences: ['families', 'professionals'],
    does: 'koordynuje pracę instytucji i prowadzi procedury „Niebieskie Karty”',
  },
  {
    key: 'gkrpa',
    name: 'Gminna Komisja Rozwiązywania Problemów Alkoholowych',
    shortName: 'GKRPA',
    helpKinds: ['support-group', 'education'],
    audiences: ['adults', 'families'],
    does: 'kieruje na leczenie odwykowe i finansuje zajęcia profilaktyczne',
  },
  {
    key: 'policja',
    name: 'Posterunek Policji',
    helpKinds: ['police'],
    audiences: ['adults', 'witnesses'],
    does: 'interweniuje w sytuacjach zagrożenia i wszczyna procedury „Niebieskie Karty”',
  },
  {
    key: 'punkt',
    name: 'Punkt Konsultacyjny dla Osób Doznających Przemocy',
    helpKinds: ['psychological', 'legal'],
    audiences: ['adults', 'children'],
    does: 'udziela porad psychologicznych i prawnych',
  },
  {
    key: 'oik',
    name: 'Ośrodek Interwencji Kryzysowej',
    shortName: 'OIK',
    helpKinds: ['crisis-intervention', 'shelter'],
    audiences: ['adults', 'children'],
    does: 'udziela pomocy w kryzysie i zapewnia miejsca schronienia',
  },
  {
    key: 'biblioteka',
    name: 'Gminna Biblioteka Publiczna',
    helpKinds: ['education'],
    audiences: ['children', 'seniors'],
    does: 'prowadzi zajęcia edukacyjne dla dzieci i seniorów',
  },
  {
    key: 'gok',
    name: 'Gminny Ośrodek Kultury',
    shortName: 'GOK',
    helpKinds: ['education'],
    audiences: ['children', 'families', 'seniors'],
    does: 'organizuje zajęcia i wydarzenia dla rodzin',
  },
  {
    key: 'ppp',
    name: 'Poradnia Psychologiczno-Pedagogiczna',
    shortName: 'PPP',
    helpKinds: ['psychological', 'therapy'],
    audiences: ['children', 'families'],
    does: 'prowadzi diagnozę i terapię dzieci oraz konsultacje dla rodziców',
  },
  {
    key: 'senior',
    name: 'Dzienny Dom Senior+',
    helpKinds: ['support-group'],
    audiences: ['seniors'],
    does: 'zapewnia seniorom opiekę dzienną i zajęcia aktywizujące',
  },
];

/** Bodies that carry out actions but have no institution file. */
const NAMED_BODIES = ['oświata', 'ochrona zdrowia', 'organizacje pozarządowe', 'parafie', 'sołtysi'];

const TOPICS = [
  { title: 'Przeciwdziałania Przemocy Domowej', short: 'Przeciwdziałanie przemocy domowej', code: 'PRZ' },
  { title: 'Wspierania Rodziny', short: 'Wspieranie rodziny', code: 'RDZ' },
  { title: 'Profilaktyki i Rozwiązywania Problemów Alkoholowych', short: 'Profilaktyka problemów alkoholowych', code: 'ALK' },
  { title: 'Przeciwdziałania Narkomanii', short: 'Przeciwdziałanie narkomanii', code: 'NRK' },
  { title: 'Polityki Senioralnej', short: 'Polityka senioralna', code: 'SEN' },
  { title: 'Ochrony Zdrowia Psychicznego', short: 'Ochrona zdrowia psychicznego', code: 'PSY' },
];

const GOALS = [
  'Zwiększenie dostępności pomocy dla osób i rodzin w kryzysie',
  'Podnoszenie kompetencji osób pracujących z rodzinami',
  'Profilaktyka i edukacja społeczna mieszkańców',
  'Wzmacnianie współpracy instytucji i organizacji',
  'Ochrona osób doznających przemocy domowej',
  'Praca z osobami stosującymi przemoc',
  'Wspieranie dzieci i młodzieży w środowisku lokalnym',
  'Aktywizacja i integracja seniorów',
];
const TASKS = [
  'Wsparcie specjalistyczne',
  'Działania edukacyjne i informacyjne',
  'Współpraca instytucji',
  'Podnoszenie kwalifikacji kadr',
  'Profilaktyka uniwersalna',
  'Pomoc materialna i mieszkaniowa',
  'Interwencja w sytuacjach kryzysowych',
];
const VERBS = ['Prowadzenie', 'Organizacja', 'Realizacja', 'Finansowanie', 'Upowszechnianie', 'Rozwijanie'];
const OBJECTS = [
  'poradnictwa psychologicznego',
  'grup wsparcia',
  'szkoleń dla pracowników socjalnych',
  'zajęć profilaktycznych w szkołach',
  'kampanii informacyjnej',
  'dyżurów specjalistów',
  'punktu konsultacyjnego',
  'programów korekcyjno-edukacyjnych',
  'świetlic środowiskowych',
  'spotkań zespołu interdyscyplinarnego',
];
const FOR_WHOM = ['', ' dla dzieci i młodzieży', ' dla seniorów', ' dla rodzin', ' dla osób doznających przemocy domowej'];
const PROBLEMS = [
  'ubóstwo i bezrobocie',
  'bezradność w sprawach opiekuńczo-wychowawczych',
  'długotrwała choroba i niepełnosprawność',
  'przemoc domowa',
  'uzależnienia',
];
const RISKS = [
  'Niewystarczająca liczba specjalistów w gminie',
  'Niska gotowość mieszkańców do korzystania z pomocy',
  'Ograniczone środki finansowe gminy',
  'Słaba współpraca instytucji',
  'Rotacja kadr w instytucjach pomocowych',
];

type Unit = IndicatorData['unit'];

/** A measure an indicator can take: its label, unit and the stem of its id. */
interface Measure {
  label: string;
  unit: Unit;
  unitLabel: string;
  stem: string;
  series?: string;
  /** For text indicators: the target in words. */
  words?: string;
}

/** Counted things: [what, unit label (genitive plural), id stem]. Labels are "Liczba " + what. */
const COUNTED: [string, string, string][] = [
  ['osób objętych poradnictwem', 'osób', 'osoby-poradnictwo'],
  ['przeprowadzonych szkoleń', 'szkoleń', 'szkolenia'],
  ['rodzin objętych wsparciem', 'rodzin', 'rodziny-wsparcie'],
  ['posiedzeń zespołu interdyscyplinarnego', 'posiedzeń', 'posiedzenia'],
  ['dzieci uczestniczących w zajęciach', 'dzieci', 'dzieci-zajecia'],
  ['wydanych ulotek i broszur', 'egzemplarzy', 'ulotki'],
  ['interwencji kryzysowych', 'interwencji', 'interwencje'],
  ['spotkań grup wsparcia', 'spotkań', 'grupy-wsparcia'],
  ['osób skierowanych do programu korekcyjno-edukacyjnego', 'osób', 'program-korekcyjny'],
  ['godzin dyżurów specjalistów', 'godzin', 'dyzury'],
];
const COUNT_QUALIFIERS = [
  '',
  ' – dzieci i młodzież',
  ' – seniorzy',
  ' w szkołach',
  ' w świetlicach środowiskowych',
  ' w rodzinach z problemem alkoholowym',
];
const SHARES: [string, string][] = [
  ['Odsetek rodzin, w których ustała przemoc', 'odsetek-ustanie-przemocy'],
  ['Udział osób, które ukończyły program korekcyjno-edukacyjny', 'udzial-ukonczenie-programu'],
  ['Odsetek szkół realizujących programy profilaktyczne', 'odsetek-szkol'],
  ['Odsetek mieszkańców znających ofertę pomocy', 'odsetek-mieszkancow'],
];
const AMOUNTS: [string, string][] = [
  ['Kwota dotacji dla organizacji pozarządowych', 'dotacje'],
  ['Wydatki na pomoc finansową dla rodzin', 'pomoc-finansowa'],
];
/** Targets stated only in words: [label, id stem, the target]. */
const WORDED: [string, string, string][] = [
  ['Opracowanie diagnozy lokalnej', 'diagnoza', 'Diagnoza opracowana i przyjęta przez zespół'],
  ['Aktualizacja informatora o instytucjach pomocowych', 'informator', 'Informator zaktualizowany i opublikowany na stronie gminy'],
  ['Kampania informacyjna', 'kampania', 'Przeprowadzenie kampanii „Dom bez przemocy”'],
  ['Procedura współpracy instytucji', 'procedura', 'Przyjęcie wspólnej procedury współpracy'],
];

/** A municipality's own copy of a series: one measure followed across that municipality's editions. */
const seriesId = (m: Municipality, id: string) => `${m.slug}-${id}`;

/** The series of series.yaml, one set per municipality; each keeps one unit, so every member takes the series' measure. */
const SERIES: (SeriesEntry & { measure: Measure })[] = [
  {
    id: 'porady-udzielone',
    title: 'Udzielone porady',
    description: 'Porady psychologiczne, prawne i rodzinne udzielone w roku.',
    measure: { label: 'Liczba udzielonych porad', unit: 'count', unitLabel: 'porad', stem: 'porady' },
  },
  {
    id: 'niebieskie-karty-wszczete',
    title: 'Wszczęte procedury „Niebieskie Karty”',
    measure: { label: 'Liczba wszczętych procedur „Niebieskie Karty”', unit: 'count', unitLabel: 'procedur', stem: 'niebieskie-karty' },
  },
  {
    id: 'asystent-rodziny-rodziny',
    title: 'Rodziny objęte usługą asystenta rodziny',
    measure: { label: 'Liczba rodzin objętych usługą asystenta rodziny', unit: 'count', unitLabel: 'rodzin', stem: 'asystent-rodziny' },
  },
  {
    id: 'uczestnicy-szkolen',
    title: 'Uczestnicy szkoleń dla kadr',
    description: 'Osoby pracujące z rodzinami, które ukończyły szkolenie.',
    measure: { label: 'Liczba uczestników szkoleń dla kadr', unit: 'count', unitLabel: 'osób', stem: 'uczestnicy-szkolen' },
  },
  {
    id: 'niebieskie-karty-ustanie-przemocy',
    title: 'Procedury „Niebieskie Karty” zakończone z uwagi na ustanie przemocy',
    measure: {
      label: 'Odsetek procedur „Niebieskie Karty” zakończonych z uwagi na ustanie przemocy',
      unit: 'percent',
      unitLabel: '%',
      stem: 'ustanie-przemocy',
    },
  },
  {
    id: 'dotacje-organizacje',
    title: 'Dotacje dla organizacji pozarządowych',
    measure: { label: 'Kwota dotacji dla organizacji pozarządowych', unit: 'currency', unitLabel: 'zł', stem: 'dotacje-ngo' },
  },
];

const GLOSSARY: GlossaryEntry[] = [
  {
    abbr: 'GOPS',
    full: 'Gminny Ośrodek Pomocy Społecznej',
    description: 'Ośrodek pomocy społecznej gminy wiejskiej lub miejsko-wiejskiej.',
  },
  { abbr: 'GKRPA', full: 'Gminna Komisja Rozwiązywania Problemów Alkoholowych' },
  { abbr: 'OIK', full: 'Ośrodek Interwencji Kryzysowej' },
];

const SYNONYMS: SynonymGroup[] = [
  { topic: 'pomoc', terms: ['pomoc', 'wsparcie', 'pomóc'] },
  { topic: 'rozmowa', terms: ['rozmowa', 'porada', 'porady', 'konsultacja', 'psycholog'] },
  { topic: 'senior', terms: ['senior', 'seniorzy', 'osoby starsze'] },
];

/** The national helplines every portal shows: the real numbers, as in content/helplines.yaml. */
const HELPLINES: Helpline[] = [
  {
    id: 'numer-alarmowy',
    name: 'Numer alarmowy',
    number: '112',
    purpose: 'gdy grozi niebezpieczeństwo życiu lub zdrowiu',
    cost: 'bezpłatny',
    emergency: true,
    needs: ['teraz'],
    source: 'Dyrektywa (UE) 2018/1972, art. 109',
    checked: '2026-12-01',
  },
  {
    id: 'niebieska-linia',
    name: 'Niebieska Linia',
    number: '800 120 002',
    purpose: 'dla osób doznających przemocy domowej',
    cost: 'bezpłatna',
    hours: 'całodobowa',
    emergency: false,
    needs: ['teraz', 'rozmowa'],
    source: 'KCPU, PAP MediaRoom, 2025',
    checked: '2026-12-01',
  },
];

// ---------------------------------------------------------------------------------------------
// Numbers and their wording

const plurals = new Intl.PluralRules('pl');

/** "1 250 porad", "23,5%", "30 000 zł", or for counts sometimes "Liczba porad – 1 250" or a bare "1 250". */
function valueText(r: Random, m: Measure, n: number): string {
  if (m.unit === 'percent') return `${formatNumber(n)}%`;
  if (m.unit === 'currency') return `${formatNumber(n)} zł`;
  const form = r.int(0, 2);
  // "5 porad" but "2 porady": only numbers taking the genitive plural get the unit label.
  if (form === 1 && plurals.select(n) === 'many') return `${formatNumber(n)} ${m.unitLabel}`;
  if (form === 2) return `${m.label} – ${formatNumber(n)}`;
  return formatNumber(n);
}

/** A value for each of `years` years: a first-year level and a small yearly change, as plans have. */
function planned(r: Random, unit: Unit, years: number): number[] {
  const k = Array.from({ length: years }, (_, i) => i);
  if (unit === 'percent') {
    const start = r.chance(0.5) ? r.int(10, 90) : r.int(100, 900) / 10;
    const step = r.int(0, 20) / 10;
    return k.map((i) => Math.min(100, round1(start + step * i)));
  }
  const growth = r.int(0, 8) / 100;
  if (unit === 'currency') {
    const start = r.int(10, 500) * 1000;
    return k.map((i) => roundTo(start * (1 + growth * i), 100));
  }
  const scale = r.pick([10, 30, 100, 400, 2000]);
  const start = r.int(Math.ceil(scale / 4), scale);
  return k.map((i) => roundTo(start * (1 + growth * i), start >= 1000 ? 10 : 1));
}

/** What a report says was reached against a target. */
function achieved(r: Random, unit: Unit, target: number): number {
  if (unit === 'percent') return Math.min(100, Math.max(0, round1(target + r.int(-100, 50) / 10)));
  const v = (target * r.int(60, 120)) / 100;
  return unit === 'currency' ? roundTo(v, 100) : Math.round(v);
}

// ---------------------------------------------------------------------------------------------
// Municipalities

interface Municipality {
  slug: string;
  town: string;
  /** Ids of its institution files; the first is its social welfare centre. */
  institutions: string[];
  files: CorpusFile[];
}

function municipality(seed: number, k: number): Municipality {
  const r = random(seed, 1, k);
  const base = `${TOWNS[k % TOWNS.length]} ${TOWN_ADJECTIVES[Math.floor(k / TOWNS.length) % TOWN_ADJECTIVES.length]}`.trim();
  const round = Math.floor(k / (TOWNS.length * TOWN_ADJECTIVES.length));
  const town = round === 0 ? base : `${base} ${round + 1}`;
  const slug = `gmina-${pad(k + 1, 2)}`;
  const files: CorpusFile[] = [
    { path: `organisations/${slug}.yaml`, text: yaml({ name: `Gmina ${town}`, shortName: town, voivodeship: r.pick(VOIVODESHIPS) }) },
  ];
  const kinds = [INSTITUTIONS[0]!, ...r.sample(INSTITUTIONS.slice(1), r.int(3, 6))];
  const postcode = `${pad(r.int(10, 99), 2)}-${pad(r.int(0, 999), 3)}`;
  const institutions = kinds.map((kind) => {
    const id = `${slug}-${kind.key}`;
    const data: InstitutionData = {
      name: `${kind.name} w Gminie ${town}`,
      ...(kind.shortName ? { shortName: kind.shortName } : {}),
      organisation: slug,
      ...(r.chance(0.7) ? { address: `ul. ${r.pick(STREETS)} ${r.int(1, 40)}, ${postcode} ${town}` } : {}),
      ...(r.chance(0.5) ? { hours: 'poniedziałek–piątek 7:30–15:30' } : {}),
      helpKinds: kind.helpKinds,
      audiences: kind.audiences,
      description: `${kind.name} w Gminie ${town} ${kind.does}.`,
      facts: [
        {
          text: `Zatrudnia ${r.int(2, 30)} osób, w tym ${r.int(1, 5)} specjalistów.`,
          source: `Raport o stanie Gminy ${town}, rozdz. ${r.int(2, 6)}`,
        },
      ],
    };
    files.push({ path: `institutions/${id}.yaml`, text: yaml(data) });
    return id;
  });
  return { slug, town, institutions, files };
}

// ---------------------------------------------------------------------------------------------
// Programmes

/** Everything one programme's files are made of, gathered while its goals are drawn. */
interface Draft {
  r: Random;
  start: number;
  end: number;
  years: number[];
  usedSeries: Set<string>;
  /** The municipality: series run across its own programmes' editions, not across the portal. */
  m: Municipality;
  /** Every indicator with targets, for the report. */
  indicators: IndicatorData[];
  nextId: number;
  counts: Record<string, number>;
}

function countMeasure(r: Random): Measure {
  const [what, unitLabel, stem] = r.pick(COUNTED);
  return { label: `Liczba ${what}${r.pick(COUNT_QUALIFIERS)}`, unit: 'count', unitLabel, stem };
}

/** A measure for an action: mostly counts, some percentages, amounts and targets in words; now and then a series. */
function pickMeasure(d: Draft): Measure {
  const { r } = d;
  if (r.chance(0.08)) {
    const s = r.pick(SERIES);
    if (!d.usedSeries.has(s.id)) {
      d.usedSeries.add(s.id);
      return { ...s.measure, series: seriesId(d.m, s.id) };
    }
  }
  const u = r.next();
  if (u < 0.65) return countMeasure(r);
  if (u < 0.78) {
    const [label, stem] = r.pick(SHARES);
    return { label, unit: 'percent', unitLabel: '%', stem };
  }
  if (u < 0.86) {
    const [label, stem] = r.pick(AMOUNTS);
    return { label, unit: 'currency', unitLabel: 'zł', stem };
  }
  const [label, stem, words] = r.pick(WORDED);
  return { label, unit: 'text', unitLabel: '', stem, words };
}

function newIndicator(d: Draft, m: Measure, values: ValueData[]): IndicatorData {
  d.counts.indicators!++;
  d.counts.values! += values.length;
  return {
    id: `${m.stem}-${d.nextId++}`,
    label: m.label,
    unit: m.unit,
    unitLabel: m.unitLabel,
    ...(m.series ? { series: m.series } : {}),
    values,
  };
}

/** An indicator with targets: every year (most), the last year only, or "every year" without a year. */
function targetIndicator(d: Draft, m: Measure): IndicatorData {
  const { r, years } = d;
  let values: ValueData[];
  if (m.unit === 'text') {
    const year = r.pick(years);
    values = [r.chance(0.3) ? { year, kind: 'target', text: `${m.words} do końca ${year} r.` } : { kind: 'target', text: m.words! }];
  } else {
    const plan = planned(r, m.unit, years.length);
    const mode = r.next();
    if (mode < 0.85) values = years.map((year, i) => ({ year, kind: 'target', value: plan[i]!, text: valueText(r, m, plan[i]!) }));
    else if (mode < 0.95)
      values = [{ year: d.end, kind: 'target', value: plan.at(-1)!, text: `W ${d.end} r.: ${valueText(r, m, plan.at(-1)!)}` }];
    else values = [{ annual: true, kind: 'target', value: plan[0]!, text: `${valueText(r, m, plan[0]!)} rocznie` }];
    if (m.unit === 'percent' && r.chance(0.4)) {
      const base = Math.max(0, round1(plan[0]! - r.int(0, 100) / 10));
      values.unshift({ year: d.start - 1, kind: 'baseline', value: base, text: `Wartość bazowa: ${formatNumber(base)}%` });
    }
  }
  const ind = newIndicator(d, m, values);
  d.indicators.push(ind);
  return ind;
}

/** Planned money: yearly lines (most actions), one line for the whole period, or none. */
function budget(d: Draft): BudgetData[] {
  const { r, years } = d;
  const u = r.next();
  const yearly = r.int(5, 300) * 1000;
  const growth = r.int(0, 5) / 100;
  let lines: BudgetData[] = [];
  if (u < 0.7) {
    lines = years.map((year, i) => {
      const value = roundTo(yearly * (1 + growth * i), 100);
      return { year, value, text: `${formatNumber(value)} zł` };
    });
  } else if (u < 0.85) {
    const value = yearly * years.length;
    lines = [{ from: d.start, to: d.end, value, text: `${formatNumber(value)} zł (${d.start}–${d.end})` }];
  }
  d.counts.budgetLines! += lines.length;
  return lines;
}

/** "1 zadanie", "3 zadania", "5 zadań". */
const tasksWord = (n: number) => (n === 1 ? 'zadanie' : plurals.select(n) === 'few' ? 'zadania' : 'zadań');

function goalFile(
  d: Draft,
  m: Municipality,
  topicCode: string,
  g: number,
  title: string,
  taskCounts: number[],
  indicatorCounts: number[],
  expected: number,
): GoalData {
  const { r } = d;
  const tasks: TaskData[] = taskCounts.map((actions, t) => {
    const taskId = `${g}.${t + 1}`;
    d.counts.tasks!++;
    return {
      id: taskId,
      kind: t === 0 || r.chance(0.7) ? 'basic' : 'complementary',
      title: `${r.pick(TASKS)}${r.pick(FOR_WHOM)}`,
      actions: Array.from({ length: actions }, (): ActionData => {
        d.counts.actions!++;
        const implementers: ImplementerData[] = r.sample(m.institutions, r.int(1, 2)).map((institution) => ({ institution }));
        if (r.chance(0.2)) implementers.push({ name: r.pick(NAMED_BODIES) });
        const lines = budget(d);
        return {
          title: `${r.pick(VERBS)} ${r.pick(OBJECTS)}${r.pick(FOR_WHOM)}`,
          ...(r.chance(0.15) ? { unitCodes: [`GOPS/${topicCode}/${pad(r.int(1, 20), 2)}`] } : {}),
          implementers,
          indicators: Array.from({ length: indicatorCounts.shift()! }, () => targetIndicator(d, pickMeasure(d))),
          ...(lines.length > 0 ? { budget: lines } : {}),
        };
      }),
    };
  });
  // Expected results are stated "w ujęciu rocznym": one target for each year of the period.
  const expectedResults: ExpectedData[] = Array.from({ length: expected }, () => {
    const measure = countMeasure(r);
    const [value] = planned(r, 'count', 1) as [number];
    const ind = newIndicator(d, measure, [{ annual: true, kind: 'target', value, text: `${valueText(r, measure, value)} rocznie` }]);
    d.indicators.push(ind);
    return { title: `Przewidywane rezultaty celu ${g} w ujęciu rocznym`, indicators: [ind] };
  });
  d.counts.goals!++;
  return {
    id: String(g),
    order: g,
    title,
    summary: `Gmina chce osiągnąć ten cel przez ${taskCounts.length} ${tasksWord(taskCounts.length)}: ${tasks.map((t) => t.title.toLowerCase()).join('; ')}.`,
    section: `rozdz. 5, cel ${g}`,
    tasks,
    ...(expectedResults.length > 0 ? { expectedResults } : {}),
  };
}

function programmeFiles(seed: number, i: number, m: Municipality, counts: Record<string, number>): CorpusFile[] {
  const r = random(seed, 2, i);
  const start = r.int(2014, 2024);
  const end = start + r.int(2, 6);
  const years = Array.from({ length: end - start + 1 }, (_, k) => start + k);
  const d: Draft = { r, start, end, years, usedSeries: new Set(), m, indicators: [], nextId: 1, counts };
  const topic = r.pick(TOPICS);
  const period = `${start}–${end}`;
  const slug = `${m.slug}-program-${pad(i + 1, 3)}-${start}-${end}`;
  const dir = `programmes/${slug}`;
  const title = `Gminny Program ${topic.title} dla Gminy ${m.town} na lata ${period}`;
  const files: CorpusFile[] = [];
  counts.programmes!++;

  // The shape first: 5 goals, 11–13 tasks, 23–27 actions, 55–65 indicators in all.
  const taskCounts = split(r, r.int(11, 13), 5);
  const actionCounts = split(
    r,
    r.int(23, 27),
    taskCounts.reduce((a, b) => a + b),
  );
  const statCount = r.chance(0.4) ? r.int(2, 3) : 0;
  const expected = Array.from({ length: 5 }, (): number => (r.chance(0.4) ? 1 : 0));
  const inActions = r.int(55, 65) - statCount - expected.reduce((a, b) => a + b, 0);
  const indicatorCounts = split(r, inActions, actionCounts.length);

  const goalTitles = r.sample(GOALS, 5);
  const budgets: BudgetData[] = [];
  for (let g = 1; g <= 5; g++) {
    const data = goalFile(
      d,
      m,
      topic.code,
      g,
      goalTitles[g - 1]!,
      actionCounts.splice(0, taskCounts[g - 1]!),
      indicatorCounts,
      expected[g - 1]!,
    );
    for (const t of data.tasks ?? []) for (const a of t.actions) budgets.push(...(a.budget ?? []));
    const body = paragraphs(
      `Cel realizują instytucje gminy wspólnie z organizacjami pozarządowymi. Działania są prowadzone przez cały okres Programu, a ich efekty mierzą wskaźniki podane przy każdym działaniu.`,
      '### Sposób realizacji',
      `Koordynatorem działań jest Gminny Ośrodek Pomocy Społecznej w Gminie ${m.town}, który co roku zbiera dane od realizatorów.`,
    );
    files.push({ path: `${dir}/goals/${g}.mdx`, text: mdx(data, body) });
  }

  if (statCount > 0) {
    const diagnosisYears = [start - 3, start - 2, start - 1];
    const statSeries = new Set<string>();
    const table: z.input<typeof statisticsTable> = {
      id: 'diagnoza',
      title: `Wybrane dane z diagnozy za lata ${start - 3}–${start - 1}`,
      source: 'rozdz. 2, tabela 1',
      indicators: Array.from({ length: statCount }, () => {
        // Diagnosis data often starts a series that the targets continue; a series once per table
        // (two of its measures with values for the same years would give its line two points a year).
        const free = SERIES.filter((s) => s.measure.unit === 'count' && !statSeries.has(s.id));
        const series = r.chance(0.3) && free.length > 0 ? r.pick(free) : undefined;
        if (series) statSeries.add(series.id);
        const measure = series ? { ...series.measure, series: seriesId(m, series.id) } : countMeasure(r);
        const plan = planned(r, measure.unit, diagnosisYears.length);
        const values: ValueData[] = diagnosisYears.map((year, k) => ({
          year,
          kind: 'statistic',
          value: plan[k]!,
          text: valueText(r, measure, plan[k]!),
        }));
        return newIndicator(d, { ...measure, stem: `stat-${measure.stem}` }, values);
      }),
    };
    files.push({ path: `${dir}/statistics.yaml`, text: yaml({ tables: [table] }) });
  }

  // The report: a past year of the period, achieved values for some indicators with a target that year.
  const reportYear = r.int(start, Math.min(end, 2024));
  const values: z.input<typeof reportValue>[] = [];
  for (const ind of d.indicators) {
    const target = ind.values?.find((v) => v.kind === 'target' && (v.year === reportYear || v.year === undefined));
    if (!target || !r.chance(0.6)) continue;
    if (target.value === undefined) values.push({ indicator: ind.id, text: `Zrealizowano: ${target.text}` });
    else {
      const value = achieved(r, ind.unit, target.value);
      values.push({
        indicator: ind.id,
        value,
        text: valueText(r, { label: ind.label, unit: ind.unit, unitLabel: ind.unitLabel, stem: '' }, value),
      });
    }
  }
  if (values.length > 0) {
    counts.reports!++;
    counts.values! += values.length;
    const report = {
      year: reportYear,
      title: `Sprawozdanie z realizacji Programu ${topic.title} za rok ${reportYear}`,
      document: `Sprawozdanie z działalności Gminnego Ośrodka Pomocy Społecznej w Gminie ${m.town} za rok ${reportYear}`,
      values,
    };
    const body = paragraphs(
      '## Omówienie',
      `W ${reportYear} r. realizatorzy Programu podali wartości ${values.length} wskaźników. Część działań wykonano w zakresie większym niż planowano, część – w mniejszym.`,
    );
    files.push({ path: `${dir}/reports/${reportYear}.mdx`, text: mdx(report, body) });
  }

  const firstYear = budgets.filter((b) => b.year === start).reduce((sum, b) => sum + b.value, 0);
  const statedTotals: z.input<typeof statedTotal>[] =
    firstYear > 0 && r.chance(0.5)
      ? [
          {
            id: 'koszt-roczny',
            label: 'Szacunkowy roczny koszt realizacji Programu',
            year: start,
            value: firstYear,
            text: `Szacunkowy koszt realizacji Programu w ${start} r. wynosi ${formatNumber(firstYear)} zł`,
          },
        ]
      : [];
  const risks: z.input<typeof risk>[] = r.chance(0.5)
    ? r
        .sample(RISKS, r.int(2, 3))
        .map((name) => ({ goal: String(r.int(1, 5)), name, score: r.int(1, 5), status: r.pick(['Przeciwdziałanie', 'Monitorowanie']) }))
    : [];
  const data: z.input<typeof programme> = {
    title,
    shortTitle: `${topic.short} ${period}`,
    organisation: m.slug,
    periodStart: start,
    periodEnd: end,
    adoptingAct: {
      kind: 'uchwała',
      number: `${r.pick(['XII', 'XIX', 'XXIV', 'XXXI', 'XLII', 'LIII'])}/${r.int(50, 400)}/${start - 1}`,
      date: `${start - 1}-${pad(r.int(1, 12), 2)}`,
      body: `Rada Gminy ${m.town}`,
    },
    status: end < 2025 ? 'ended' : 'in-force',
    summary: `Program opisuje, jak Gmina ${m.town} w latach ${period} zajmuje się obszarem: ${topic.short.toLowerCase()}. Przy każdym działaniu podano, kto je prowadzi, ile ma go być w każdym roku i ile pieniędzy na nie zaplanowano.`,
    mainGoal: `${goalTitles[0]} na terenie Gminy ${m.town}`,
    document: { title, description: `uchwała Rady Gminy ${m.town} wraz z załącznikiem (diagnoza, cele, zadania, wskaźniki i budżet)` },
    ...(risks.length > 0 ? { risks } : {}),
    ...(statedTotals.length > 0 ? { statedTotals } : {}),
  };
  const body = paragraphs(
    '## Wstęp',
    `${title} określa cele, zadania i działania, które gmina i jej instytucje podejmą w tym okresie. Program przyjęła Rada Gminy ${m.town}.`,
    `Realizatorami Programu są instytucje gminy, organizacje pozarządowe i podmioty współpracujące. Program jest finansowany z budżetu gminy oraz ze środków zewnętrznych.`,
    '## Diagnoza',
    `W ${start - 1} r. w gminie mieszkało ${formatNumber(r.int(3000, 40000))} osób, a z pomocy społecznej skorzystało ${formatNumber(r.int(50, 900))} rodzin. Najczęstsze powody udzielenia pomocy to:`,
    r
      .sample(PROBLEMS, r.int(2, 4))
      .map((p, k, all) => `- ${p}${k === all.length - 1 ? '.' : ','}`)
      .join('\n'),
    '## Monitoring i ewaluacja',
    `Koordynator Programu co roku przygotowuje sprawozdanie z jego realizacji i przedstawia je Radzie Gminy ${m.town}.`,
  );
  files.unshift({ path: `${dir}/index.mdx`, text: mdx(data, body) });
  return files;
}

// ---------------------------------------------------------------------------------------------

/** The whole content folder: shared files, one municipality per 10 programmes, then the programmes. */
export function generateCorpus({ programmes, seed }: CorpusOptions): Corpus {
  const counts: Record<string, number> = {
    organisations: 0,
    institutions: 0,
    programmes: 0,
    goals: 0,
    tasks: 0,
    actions: 0,
    indicators: 0,
    values: 0,
    budgetLines: 0,
    reports: 0,
    files: 0,
  };
  const files: CorpusFile[] = [
    { path: 'glossary.yaml', text: yaml(GLOSSARY) },
    { path: 'search-synonyms.yaml', text: yaml(SYNONYMS) },
    { path: 'helplines.yaml', text: yaml(HELPLINES) },
  ];
  const municipalities: Municipality[] = [];
  for (let k = 0; k * 10 < programmes; k++) {
    const m = municipality(seed, k);
    municipalities.push(m);
    files.push(...m.files);
    counts.organisations!++;
    counts.institutions! += m.institutions.length;
  }
  files.unshift({
    path: 'series.yaml',
    text: yaml(
      municipalities.flatMap((m) =>
        SERIES.map(({ measure: _, ...entry }) => ({ ...entry, id: seriesId(m, entry.id), title: `${entry.title} (${m.town})` })),
      ),
    ),
  });
  for (let i = 0; i < programmes; i++) files.push(...programmeFiles(seed, i, municipalities[Math.floor(i / 10)]!, counts));
  counts.files = files.length;
  return { files, counts };
}

/** Every file of a corpus of `programmes` programmes, deterministic from `seed`. */
export const corpusFiles = (options: CorpusOptions): CorpusFile[] => generateCorpus(options).files;
