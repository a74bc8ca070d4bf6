// Every piece of interface text, in Polish, in one place. Components never hard-code UI text.
// Each map over a closed set of keys (value kinds, units, statuses, needs, columns) says so with
// `satisfies Record<Key, …>`, so a key without its text fails the typecheck; `Dictionary` is the
// type another language's dictionary must have. Plain data only (no calls at the top level): the
// explorer's browser script imports modules that import this one, and tree-shaking must drop it.
import type { PlacedValue } from '../lib/model.ts';
import type { Unit } from '../schemas/indicator.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Task } from '../schemas/goal.ts';
import type { NeedId } from '../schemas/need.ts';
import type { Audience, HelpKind } from '../schemas/institution.ts';
import type { ResultGroupId, SearchFilterName } from '../lib/searchFilters.ts';
import type { FilterKey, SortKey } from '../lib/explorer.ts';
import type { FieldType } from '../lib/exportFields.ts';
import type { ExportField } from '../lib/exportRows.ts';
import type { IndicatorField } from '../lib/exportIndicators.ts';
import type { ActionField } from '../lib/exportActions.ts';
import type { ProgrammeColumn } from '../lib/exportFiles.ts';
import { progressDownloads } from './progress.pl.ts';
import type { PageLang } from '../lib/translations.ts';

type ValueKind = PlacedValue['kind'];
/** The units a chart draws (charts.ts ChartUnit): every unit but text. */
type ChartUnit = Exclude<Unit, 'text'>;

// Every kind of value (target, achieved, statistic, baseline, budget) in words, one map per use;
// together they are t.valueKinds. (Separate constants, not members of one object: charts.ts still
// reads four of them as t.chart.*, and `valueKinds.one` at the top level would keep the whole
// object in the browser scripts, a property read being a possible side effect.)

/** In tables' "Rodzaj" column, the explorer's kind filter, strategic indicators: "cel (plan)". */
const kindNames = {
  target: 'cel (plan)',
  achieved: 'wykonanie',
  statistic: 'dane',
  baseline: 'wartość bazowa',
  budget: 'budżet',
} satisfies Record<ValueKind, string>;
/** In the explorer's values column, where the words must be brief. */
const kindsShort = { target: 'cel', achieved: 'wykonanie', statistic: 'dane', baseline: 'bazowa', budget: 'budżet' } satisfies Record<
  ValueKind,
  string
>;
/** In chart summaries, of one measure ("cel"). */
const kindsOne = {
  target: 'cel',
  achieved: 'wykonanie',
  statistic: 'dane',
  baseline: 'wartość bazowa',
  budget: 'planowane środki',
} satisfies Record<ValueKind, string>;
/** In chart summaries, of several measures ("cele"). */
const kindsMany = {
  target: 'cele',
  achieved: 'wykonanie',
  statistic: 'dane',
  baseline: 'wartości bazowe',
  budget: 'planowane środki',
} satisfies Record<ValueKind, string>;
/** Chart legends: they say the kind, since lines differ by dash and marker, not by colour alone. */
const kindsLegend = {
  target: 'cel (plan)',
  achieved: 'wykonanie',
  statistic: 'dane',
  baseline: 'wartość bazowa',
  budget: 'planowane środki',
} satisfies Record<ValueKind, string>;
/** After a kind in a chart, with its year: "cele na 2024 r.", "wykonanie w 2023 r.", "dane z 2022 r." */
const kindsWhen = {
  target: (y: string) => `na ${y} r.`,
  achieved: (y: string) => `w ${y} r.`,
  statistic: (y: string) => `z ${y} r.`,
  baseline: (y: string) => `w ${y} r.`,
  budget: (y: string) => `na ${y} r.`,
} satisfies Record<ValueKind, (year: string) => string>;

export const t = {
  siteName: 'Miernik',
  siteTagline: 'Gminne programy pomocy: cele, działania, mierniki i budżety',
  skipToContent: 'Przejdź do treści',
  lastChanged: 'Ostatnia zmiana treści:',
  history: 'historia zmian',
  /** Read by screen readers after a link that leaves the site. */
  externalLink: 'strona zewnętrzna',
  quickExit: {
    label: 'Wyjdź szybko',
    region: 'Szybkie wyjście',
    hint: 'Szybkie wyjście: ta strona zniknie i otworzy się inna, neutralna strona. Możesz też trzy razy nacisnąć Shift.',
    skipLabel: 'Wyjdź szybko z tej strony',
    safety: 'Bezpieczne przeglądanie',
    /** Announced after each Shift press: how many are left. */
    remaining: (n: number) =>
      n === 1 ? 'Naciśnij Shift jeszcze 1 raz, aby wyjść ze strony.' : `Naciśnij Shift jeszcze ${n} razy, aby wyjść ze strony.`,
    leaving: 'Wychodzisz ze strony.',
  },
  mainNav: 'Nawigacja główna',
  /** The language switcher and what translated pages say about Polish texts (src/i18n/README.md). */
  languages: {
    /** The switcher's label (a nav landmark). */
    switcher: 'Język strony',
    /** Each language in itself: the switcher shows them so, in every language. */
    names: { pl: 'Polski', uk: 'Українська', en: 'English' } satisfies Record<PageLang, string>,
    /** After a language's name in the switcher, in that language, when this page has no version in it: the link goes to that language's home. */
    homeOnly: 'strona główna',
    /** On a translated page where some content has no translation (those parts are marked lang="pl"). */
    somePolish: 'Niektóre opisy są tylko po polsku.',
    /** Next to a link to a page that is only in Polish. */
    inPolish: 'po polsku',
  },
  search: {
    label: 'Szukaj w serwisie',
    button: 'Szukaj',
    title: 'Wyszukiwanie',
    queryLabel: 'Czego szukasz?',
    queryHint: 'Na przykład: schronienie, telefon zaufania, przemoc wobec dziecka, niebieskie karty 2024.',
    filters: 'Zawęź wyniki',
    any: 'wszystkie',
    filterNames: { program: 'Program', gmina: 'Gmina', typ: 'Rodzaj strony', rok: 'Rok' } satisfies Record<SearchFilterName, string>,
    noJs: 'Wyszukiwarka działa w przeglądarce i potrzebuje włączonego JavaScriptu. Bez niego możesz przejrzeć:',
    searching: 'Szukam…',
    /** Templates filled in the browser: {q} is the query, {n} a number. */
    resultsNone: 'Brak wyników dla „{q}”.',
    resultsCount: 'Wyniki dla „{q}”: {n}.',
    moreShown: 'Pokazano pierwsze {n}.',
    groups: {
      help: 'Gdzie szukać pomocy',
      programmes: 'Programy, cele i sprawozdania',
      indicators: 'Wskaźniki i dane',
      other: 'Inne strony',
    } satisfies Record<ResultGroupId, string>,
    showAll: 'Pokaż więcej wyników w tej grupie (pozostało: {n})',
    showMore: 'Pokaż więcej wyników w tej grupie',
    /** A group's count after its title: of results, or of pages where one page lists several indicators. */
    groupCount: '({n})',
    groupPages: '(stron z wynikami: {n})',
    noResultsHelp: 'Spróbuj innego słowa albo zajrzyj do spisu programów i do strony „Gdzie szukać pomocy”.',
    /** Above the numbers of a help answer for a cry for help. */
    helpNow: 'Jeśli grozi Ci niebezpieczeństwo teraz, dzwoń pod 112.',
    helpTitle: 'Pomoc — od razu',
    noResultsTitle: 'Nic nie znaleźliśmy — ale możesz zadzwonić',
    noResultsLinks: 'Zobacz też:',
    /** {from} the words typed, {to} the query searched instead. */
    corrected: 'Nie znaleźliśmy „{from}”. Pokazujemy wyniki dla „{to}”.',
    topicQuery: 'Słowa „{from}” nie występują w dokumentach. Pokazujemy wyniki dla „{to}”.',
    error: 'Nie udało się przeszukać serwisu. Odśwież stronę i spróbuj ponownie.',
  },
  /**
   * When a value holds (src/lib/valueTime.ts `timeLabel`): one year is its number, a range as a
   * whole "w latach 2025–2027", each year of a range "rocznie w latach 2024–2030". `short` is for
   * table column headers and the explorer's values column, where the words must be brief.
   */
  time: {
    range: (span: string) => `w latach ${span}`,
    annual: (span: string) => `rocznie w latach ${span}`,
    none: 'dokument nie podaje roku',
    short: {
      range: (span: string) => `${span} (łącznie)`,
      annual: (span: string) => `rocznie (${span})`,
      none: 'bez roku',
    },
  },
  /** Every kind of value in words (src/lib/explorer.ts KINDS orders them), one map per use. */
  valueKinds: { name: kindNames, short: kindsShort, one: kindsOne, many: kindsMany, legend: kindsLegend, when: kindsWhen },
  /**
   * Where in its document the site says a value stands ("<document>, cel 1, zadanie 1.2";
   * src/lib/model.ts), and the label of an action's budget line, an indicator of the export.
   */
  section: {
    goal: (id: string) => `cel ${id}`,
    task: (id: string) => `zadanie ${id}`,
    expected: 'przewidywane rezultaty',
    strategic: 'deklaracja wyników',
    totals: 'skutki finansowe',
  },
  budgetLineLabel: (action: string) => `Planowane środki: ${action}`,
  /** What a page says in place of a publisher's fact content/site.yaml does not give. */
  unknownFact: 'nie ustalono — dane zostaną uzupełnione przez wydawcę serwisu',
  notFound: {
    title: 'Nie ma takiej strony',
    description: 'Pod tym adresem nie ma strony serwisu Miernik.',
    lead: 'Pod tym adresem nie ma żadnej strony. Adres mógł zostać wpisany z błędem albo strona została przeniesiona lub usunięta.',
    searchTitle: 'Poszukaj w serwisie',
    searchLabel: 'Czego szukasz?',
    nextTitle: 'Dokąd dalej',
    home: 'Strona główna serwisu',
    help: 'Gdzie szukać pomocy — instytucje, które pomagają',
  },
  breadcrumb: 'Jesteś tutaj',
  toc: {
    title: 'Na tej stronie',
    chapters: 'Rozdziały dokumentu',
    /** Summary of the collapsed full text of a programme. */
    showText: (n: number) => `Pokaż pełną treść programu (rozdziałów: ${n})`,
  },
  footerNav: 'Informacje o serwisie',
  nav: {
    home: 'Strona główna',
    programmes: 'Programy',
    help: 'Gdzie szukać pomocy',
    indicators: 'Wskaźniki',
    data: 'Otwarte dane',
    glossary: 'Słownik skrótów',
    about: 'O serwisie',
    accessibility: 'Deklaracja dostępności',
    safety: 'Bezpieczne przeglądanie',
  },
  municipality: {
    title: (name: string) => `${name}: pomoc i programy`,
    description: (name: string) => `Gdzie szukać pomocy i jakie programy przyjęła gmina ${name} — według dokumentów programów.`,
    help: 'Gdzie szukać pomocy w tej gminie',
    noHelp: 'W serwisie nie ma jeszcze instytucji pomocy z tej gminy.',
    programmes: 'Programy tej gminy',
    noProgrammes: 'Ta gmina nie ma jeszcze opublikowanych programów.',
    allHelp: 'Pomoc w innych gminach',
    allInstitutions: 'Wszystkie instytucje z tej gminy',
    list: 'Gminy',
    listIntro: 'Programy są ułożone według gmin. Wybierz gminę, aby zobaczyć jej programy i instytucje pomocy.',
    programmesCount: { one: 'program', few: 'programy', many: 'programów' },
    institutionsCount: { one: 'instytucja pomocy', few: 'instytucje pomocy', many: 'instytucji pomocy' },
  },
  emergency: {
    title: 'Jesteś w niebezpieczeństwie?',
    text: 'Jeśli grozi Ci niebezpieczeństwo teraz, zadzwoń pod numer alarmowy',
    number: '112',
    /** Before the first helpline after 112. */
    helpline: 'Przemoc domowa — możesz też zadzwonić na',
    more: 'Więcej numerów i miejsc pomocy',
  },
  helplines: {
    title: 'Telefony pomocy',
    footerTitle: 'Telefony pomocy — ogólnopolskie',
    formerNumber: (former: string) => `Ten numer zastąpił dawny numer ${former}.`,
    sources: 'Skąd są te numery',
    sourcesIntro: 'Numery ogólnopolskie podajemy za źródłami publicznymi; godziny i koszt tylko wtedy, gdy źródło je podaje.',
    checked: (date: string) => `sprawdzono ${date}`,
    noPhone: 'Dokument źródłowy nie podaje numeru telefonu tej instytucji. Możesz zadzwonić na ogólnopolski telefon pomocy:',
    phone: 'Telefon',
  },
  programme: {
    period: 'Okres realizacji',
    organisation: 'Gmina',
    status: 'Status',
    statusNames: {
      'in-force': 'w realizacji',
      ended: 'zakończony',
      draft: 'projekt',
      unknown: 'dokument nie podaje statusu',
    } satisfies Record<Programme['status'], string>,
    adoptingAct: 'Akt przyjmujący',
    adoptingActUnknown: 'Dokument źródłowy nie podaje aktu, którym przyjęto program.',
    document: 'Dokument źródłowy',
    /** The address the source document is published at (document.url). */
    source: 'Źródło',
    summary: 'W skrócie',
    summaryNote: 'Streszczenie prostym językiem, przygotowane na podstawie dokumentu. Obowiązuje treść oficjalna.',
    mainGoal: 'Cel nadrzędny',
    goals: 'Cele programu',
    /** After a goal in the programme's list of goals, when the document lists no actions for it. */
    goalWithoutActions: 'dokument nie wymienia działań',
    budget: 'Planowane środki',
    budgetCaption: (title: string) => `Planowane środki według działań — ${title}`,
    budgetSum: 'Suma planowanych środków w działaniach',
    statedTotals: 'Kwoty podane w dokumencie',
    statedVsSum: (diff: string) =>
      `Różnica między kwotą podaną w dokumencie a sumą działań: ${diff}. Publikujemy obie wartości tak, jak podaje źródło.`,
    strategic: 'Deklaracja wyników: wskaźniki strategiczne',
    weight: 'Waga',
    aim: 'Tak, aby',
    risks: 'Ryzyka',
    riskGoal: 'Cel szczegółowy',
    riskName: 'Ryzyko',
    riskScore: 'Ocena istotności',
    riskStatus: 'Postępowanie z ryzykiem',
    diagnosis: 'Dane z diagnozy',
    officialText: 'Treść programu',
    reports: 'Sprawozdania z realizacji',
    downloads: 'Pobierz dane programu',
    downloadXlsx: 'XLSX — arkusz Excela',
    downloadCsv: 'CSV — UTF-8, przecinek (do programów analitycznych)',
    downloadJson: 'JSON',
    indicatorTable: 'Wszystkie wskaźniki programu w jednej tabeli, z filtrami',
  },
  goal: {
    goal: 'Cel',
    task: 'Zadanie',
    taskKinds: { basic: 'zadanie podstawowe', complementary: 'zadanie komplementarne' } satisfies Record<NonNullable<Task['kind']>, string>,
    action: 'Działanie',
    /** A task's heading: its printed number, or its title alone where the document does not number tasks. */
    taskHeading: (id: string | undefined, kind: string | undefined, title: string) =>
      `Zadanie${id ? ` ${id}` : ''}${kind ? ` (${kind})` : ''}: ${title}`,
    /** An action's heading: its number only where the document gives one (or numbers its task). */
    actionHeading: (id: string | undefined, title: string) => `Działanie${id ? ` ${id}` : ''}: ${title}`,
    actions: 'Działania',
    implementers: 'Realizatorzy',
    unitCodes: 'Kod jednostki / źródło finansowania',
    /** "Termin realizacji" as the documents word it. */
    schedule: 'Termin realizacji',
    funding: 'Źródło finansowania',
    indicators: 'Mierniki',
    /** Caption of an action's indicator table; the action's number keeps it unique on the page (two actions may share a title). */
    actionIndicators: (id: string | undefined, title: string) =>
      id ? `Mierniki działania ${id}: ${title}` : `Mierniki działania: ${title}`,
    budget: 'Planowane środki',
    expected: 'Przewidywane rezultaty w ujęciu rocznym',
    description: 'Opis realizacji działań',
    /** The heading of the body of a goal the document lists no actions for. */
    descriptionOnly: 'Opis celu',
    noIndicators: 'Dokument nie podaje mierników dla tego działania.',
    noActions: 'Dokument nie wymienia działań dla tego celu.',
  },
  table: {
    indicator: 'Miernik',
    year: 'Rok',
    /** The time column's header when its values are ranges or yearly values, not single years. */
    period: 'Okres',
    yearOrPeriod: 'Rok lub okres',
    kind: 'Rodzaj',
    value: 'Wartość',
    sourceText: 'Brzmienie w dokumencie',
    unit: 'Jednostka',
    /** An indicator the document names without any value (reports may add achieved ones later). */
    noValues: 'dokument nie podaje wartości docelowej',
    scrollHint: 'Tabela przewija się w poziomie.',
    /** Before the editor's reason, when a value is not the number its source wording states (textDiffers). */
    textDiffers: 'Liczba różni się od brzmienia w dokumencie:',
  },
  indicatorPage: {
    values: 'Wartości',
    place: 'Miejsce w programie',
    source: 'Źródło',
    series: 'Ten sam miernik w innych programach',
    download: 'Pobierz',
  },
  data: {
    title: 'Otwarte dane',
  },
  help: {
    intro:
      'Podajemy tylko to, co zapisano w dokumentach programów i w źródłach publicznych: adres, godziny i telefon tylko wtedy, gdy źródło je podaje.',
    whatDoYouNeed: 'Czego potrzebujesz?',
    needs: {
      teraz: 'Jestem w niebezpieczeństwie teraz',
      rozmowa: 'Chcę porozmawiać',
      bliscy: 'Szukam pomocy dla dziecka, seniora lub osoby z niepełnosprawnością',
      zmiana: 'Stosuję przemoc i chcę to zmienić',
      'sprawy-urzedowe': 'Potrzebuję pomocy w sprawach prawnych, pieniężnych lub urzędowych',
    } satisfies Record<NeedId, string>,
    /** What each answer starts with, before its numbers and places. */
    needIntros: {
      teraz: 'Miejsca, które pomagają od razu — najpierw te czynne całodobowo:',
      rozmowa: 'Rozmowa z psychologiem albo terapeutą, na miejscu:',
      bliscy: 'Gdy krzywda dzieje się dziecku, osobie starszej albo osobie z niepełnosprawnością:',
      zmiana: 'Programy, które pomagają przestać stosować przemoc:',
      'sprawy-urzedowe': 'Pomoc prawna, pieniężna i w sprawach urzędowych, także procedura „Niebieskie Karty”:',
    } satisfies Record<NeedId, string>,
    /** Where an answer names no place in a municipality. */
    noneForNeed:
      'Dokumenty nie wskazują instytucji, która daje taką pomoc. Zadzwoń pod 112, jeśli grozi Ci niebezpieczeństwo, albo na telefon pomocy podany wyżej.',
    otherAnswers: 'Inne sprawy',
    onThisPage: 'Na tej stronie',
    inNeeds: 'Gdzie pomaga',
    allInstitutions: 'Wszystkie instytucje według gminy',
    chooseMunicipality: 'Wybierz gminę',
    chooseMunicipalityIntro: 'Pomoc jest przypisana do gmin. Wybierz swoją gminę, a zobaczysz instytucje według tego, czego potrzebujesz.',
    municipality: 'Gmina',
    address: 'Adres',
    hours: 'Kiedy',
    operator: 'Prowadzi',
    noAddress: 'Dokument nie podaje adresu.',
    noHours: 'Dokument nie podaje godzin.',
    source: 'źródło',
    facts: 'Co wiemy z dokumentów',
    actions: 'Działania w programach',
    showActions: (n: number) => `Pokaż działania, w których instytucja jest realizatorem (${n})`,
    safetyLink: 'Jak bezpiecznie korzystać z tej strony',
    helpKinds: {
      shelter: 'schronienie',
      'crisis-intervention': 'interwencja kryzysowa',
      psychological: 'pomoc psychologiczna',
      legal: 'pomoc prawna',
      'social-work': 'praca socjalna',
      financial: 'pomoc finansowa',
      'family-assistant': 'asystent rodziny',
      'support-group': 'grupy wsparcia',
      therapy: 'terapia',
      'perpetrator-programme': 'programy dla osób stosujących przemoc',
      helpline: 'telefon zaufania',
      police: 'policja',
      education: 'edukacja i profilaktyka',
      coordination: 'koordynacja pomocy',
    } satisfies Record<HelpKind, string>,
    audiences: {
      adults: 'dorośli',
      children: 'dzieci',
      seniors: 'seniorzy',
      disabilities: 'osoby z niepełnosprawnościami',
      witnesses: 'świadkowie przemocy',
      perpetrators: 'osoby stosujące przemoc',
      families: 'rodziny',
      professionals: 'specjaliści',
    } satisfies Record<Audience, string>,
    kindsLabel: 'Rodzaj pomocy',
    audiencesLabel: 'Dla kogo',
  },
  explorer: {
    title: 'Wskaźniki wszystkich programów',
    description: (count: string) =>
      `Przeglądarka ${count} wskaźników gminnych programów: cele, wykonanie, dane z diagnozy i budżety według lat, z filtrami i odnośnikami do danych.`,
    lead: 'Tabela wszystkich mierników wszystkich programów, po 40 na stronie: gdzie są w programie, kto je realizuje i jakie mają wartości w kolejnych latach. Każdy miernik ma swoją stronę ze źródłem i danymi do pobrania.',
    seriesLink: 'Te same mierniki w kolejnych edycjach programów',
    dataLink: 'Wszystkie dane do pobrania (XLSX, CSV, JSON)',
    filters: 'Filtry',
    filtersHint:
      'Wybór w polu od razu zawęża tabelę do pasujących wskaźników ze wszystkich stron, a adres strony zapamiętuje filtry — można go skopiować i udostępnić. Przyciski w nagłówkach kolumn sortują tabelę.',
    noScript:
      'Filtrowanie i sortowanie wymagają włączonego JavaScriptu. Bez niego tabela jest podzielona na strony (odnośniki pod tabelą), a wskaźniki jednego programu mają też własną tabelę.',
    all: 'wszystkie',
    apply: 'Pokaż wskaźniki',
    reset: 'Wyczyść filtry',
    count: 'Wyświetlono {shown} z {total} wskaźników',
    pageCount: (from: string, to: string, total: string, page: number, pages: number) =>
      `Wskaźniki ${from}–${to} z ${total} (strona ${page} z ${pages})`,
    loading: 'Wczytywanie wszystkich wskaźników…',
    loadError: 'Nie udało się wczytać pozostałych stron tabeli: filtry i sortowanie objęły tylko tę stronę.',
    pageTitle: (title: string, page: number, pages: number) => `${title}, strona ${page} z ${pages}`,
    pageCrumb: (page: number) => `Strona ${page}`,
    pagination: 'Strony tabeli wskaźników',
    previousPage: 'Poprzednia strona',
    nextPage: 'Następna strona',
    /** Read before a page number in the list of pages ("strona 2"). */
    pageWord: 'strona',
    sortBy: 'Sortuj według:',
    programmeTables: 'Tabele wskaźników poszczególnych programów',
    caption: 'Wszystkie wskaźniki: program, miejsce w programie, realizatorzy i wartości według lat',
    filter: {
      q: 'Słowa w nazwie wskaźnika',
      programme: 'Program',
      municipality: 'Gmina',
      goal: 'Cel',
      implementer: 'Realizator',
      unit: 'Rodzaj miary',
      year: 'Rok',
      kind: 'Rodzaj wartości',
    } satisfies Record<FilterKey, string>,
    column: {
      programme: 'Program',
      municipality: 'Gmina',
      goal: 'Cel',
      task: 'Zadanie',
      action: 'Działanie',
      indicator: 'Wskaźnik',
      unit: 'Jednostka',
      implementer: 'Realizatorzy',
      values: 'Wartości według lat',
    } satisfies Record<SortKey | 'values', string>,
    units: { count: 'liczba', percent: 'odsetek (%)', currency: 'kwota (zł)', text: 'opis słowny' } satisfies Record<Unit, string>,
    split: (count: string) =>
      `Wskaźników jest ${count} — za dużo na jedną tabelę, która musi działać także na słabym telefonie. Każdy program ma własną tabelę z filtrami; wszystkie wskaźniki naraz są w danych do pobrania.`,
    programmes: 'Programy i ich wskaźniki',
    programmesCaption: 'Programy: gmina, okres i liczba wskaźników (odnośnik prowadzi do tabeli wskaźników programu)',
    programmeColumn: 'Program',
    municipalityColumn: 'Gmina',
    periodColumn: 'Okres',
    countColumn: 'Wskaźniki',
    programmeTitle: (programme: string) => `Wskaźniki: ${programme}`,
    programmeDescription: (programme: string, count: string) =>
      `Tabela ${count} wskaźników programu „${programme}” z filtrami: cele, wykonanie, budżety według lat.`,
    programmeLead: 'Wszystkie mierniki tego programu: gdzie są w programie, kto je realizuje i jakie mają wartości w kolejnych latach.',
    programmeCaption: (programme: string) => `Wskaźniki programu „${programme}”: miejsce w programie, realizatorzy i wartości według lat`,
    allLink: 'Wskaźniki wszystkich programów',
    programmePage: 'Strona programu',
  },
  indicatorDetail: {
    title: (label: string, programme: string) => `${label} — ${programme}`,
    description: (label: string, programme: string, latest: string) =>
      `${label} (${programme}). ${latest}Wszystkie wartości według lat, źródło i dane do pobrania.`,
    /** `when` is the value's time in words ("2024", "w latach 2025–2027", "rocznie w latach 2024–2030"). */
    latest: (kind: string, when: string, value: string) => `Najnowsza wartość — ${when}, ${kind}: ${value}. `,
    /** An indicator the document names without any value. */
    noValues: 'Dokument nie podaje wartości docelowej. ',
    path: 'Miejsce w programie',
    programme: 'Program',
    municipality: 'Gmina',
    implementers: 'Realizatorzy',
    series: 'Seria',
    seriesTitle: 'Ten sam miernik w innych programach i edycjach',
    seriesIntro:
      'Wszystkie wartości tego miernika we wszystkich programach, według lat. Kolumna „Rodzaj” odróżnia cele (plan) od wykonania i danych z diagnozy.',
    seriesLink: (title: string) => `Porównanie edycji: ${title}`,
    downloads: 'Pobierz dane tego wskaźnika',
    csv: 'CSV — UTF-8, przecinek (do programów analitycznych)',
    json: 'JSON',
    xlsx: 'XLSX — arkusz Excela ze wszystkimi wskaźnikami programu',
    downloadsNote: 'Te same kolumny co w pliku wskazniki.csv. W Excelu otwieraj plik XLSX.',
    noOwnFiles:
      'Dokument nie podaje wartości tego wskaźnika, więc nie ma pliku z jego wartościami. Wskaźnik jest w arkuszu programu i na liście mierników:',
    indicatorList: 'mierniki.csv (lista mierników, także bez wartości)',
  },
  series: {
    title: 'Porównanie edycji programów',
    description: 'Mierniki śledzone w kolejnych programach i edycjach: jak zmieniały się cele i jakie były wartości faktyczne.',
    lead: 'Ten sam miernik często pojawia się w kolejnych edycjach programu albo w danych z diagnozy. Tu zebrano jego wartości w jednej tabeli według lat: cele (plan), wykonanie i dane.',
    caption: 'Serie mierników',
    name: 'Seria',
    programmes: 'Programy',
    years: 'Lata',
    values: 'Liczba wartości',
    pageDescription: (title: string, span: string) =>
      `${title}: cele i wartości faktyczne w kolejnych programach i edycjach${span ? `, ${span}` : ''}.`,
    tableCaption: (title: string) => `${title} — wartości według lat`,
    year: 'Rok',
    edition: 'Program (edycja)',
    kind: 'Rodzaj',
    value: 'Wartość',
    members: 'Mierniki w tej serii',
  },
  downloads: {
    description:
      'Wszystkie wartości mierników i budżetów, lista mierników i lista działań do pobrania w formatach XLSX (Excel), CSV i JSON, z opisem kolumn, pakietem danych Frictionless i warunkami korzystania.',
    allFiles: 'Pliki dla wszystkich programów',
    caption: 'Pliki do pobrania',
    file: 'Plik',
    content: 'Zawartość',
    size: 'Rozmiar',
    rows: 'Wiersze',
    programmeFiles: 'Pliki poszczególnych programów',
    programmeCaption: 'Pliki poszczególnych programów',
    indicatorFiles: 'Każdy wskaźnik ma też własne pliki CSV i JSON — odnośniki są na jego stronie, obok arkusza XLSX jego programu.',
    datapackage:
      'Plik datapackage.json opisuje w standardzie Frictionless Data każdy plik CSV serwisu — wskazniki.csv, programy.csv, mierniki.csv, dzialania.csv, postep.csv oraz pliki poszczególnych programów i wskaźników: typy kolumn, dozwolone wartości, klucze główne (programy: slug; mierniki: programme i indicator; działania: programme i action) i powiązania między plikami (każda wartość należy do miernika z pliku mierniki.csv, każdy miernik działania — do działania z pliku dzialania.csv, każdy wiersz — do programu z pliku programy.csv), tak aby narzędzia do analizy danych mogły je wczytać i sprawdzić. Wymienia też kopie JSON i XLSX plików wspólnych, jako pliki, nie tabele: dane tabelaryczne w pliku to w tym standardzie CSV.',
    excelTitle: 'Excel i inne arkusze kalkulacyjne',
    excel:
      'W Excelu otwieraj pliki XLSX: liczby są w nich liczbami, lata liczbami całkowitymi, a wiersz nagłówka jest zablokowany. Pliki CSV są zapisane w UTF-8 bez znacznika BOM, tak jak zaleca standard Frictionless Data; programy do analizy danych (R, Python, LibreOffice) czytają je poprawnie, ale Excel otwierający plik CSV dwuklikiem pokaże błędne polskie litery. Jeśli potrzebujesz w Excelu właśnie CSV, użyj polecenia Dane → Z pliku tekstowego/CSV i wybierz kodowanie 65001: Unicode (UTF-8).',
    whatRows: {
      values: {
        csv: 'wartości mierników; UTF-8 bez BOM, separator: przecinek',
        xlsx: 'te same wiersze jako arkusz Excela',
        json: 'te same wiersze; puste pola jako null',
      },
      programmes: {
        csv: 'lista programów; UTF-8 bez BOM, separator: przecinek',
        xlsx: 'lista programów jako arkusz Excela',
        json: 'lista programów',
      },
      indicators: {
        csv: 'lista mierników, także bez wartości; UTF-8 bez BOM, separator: przecinek',
        xlsx: 'lista mierników jako arkusz Excela',
        json: 'lista mierników; puste pola jako null',
      },
      actions: {
        csv: 'lista działań z terminami, finansowaniem i sumą środków; UTF-8 bez BOM, separator: przecinek',
        xlsx: 'lista działań jako arkusz Excela',
        json: 'lista działań; puste pola jako null',
      },
      progress: progressDownloads.whatRows,
      datapackage: 'opis pakietu danych (Frictionless)',
    },
    progress: progressDownloads,
    sheets: {
      values: 'Wskaźniki',
      programmes: 'Programy',
      indicators: 'Mierniki',
      actions: 'Działania',
      progress: progressDownloads.sheet,
    },
    licenceTitle: 'Warunki korzystania',
    licenceIntro: 'Pliki XLSX, CSV i JSON zawierają te same dane, więc obowiązują je te same warunki:',
    licenceLink: 'Treść licencji CC BY 4.0',
    licenceActLink: 'Tekst ustawy w Internetowym Systemie Aktów Prawnych',
    licenses: {
      sources:
        'Dokumenty źródłowe (programy i sprawozdania z ich realizacji) oraz przeniesione z nich brzmienie i liczby — kolumny label, text, unitLabel, goal, task, action, year, value, periodStart i periodEnd plików wartości mierników, goal, task, label, unitLabel i implementers listy mierników, goal, task, title, implementers, schedule, scheduleStart, scheduleEnd i funding listy działań, title, organisation, periodStart i periodEnd listy programów oraz label, unitLabel, year, periodStart, periodEnd, target, targetText, achieved i achievedText pliku postępu — to dokumenty urzędowe, które nie są przedmiotem prawa autorskiego (art. 4 pkt 2 ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych); można z nich korzystać bez ograniczeń.',
      site: 'Własne teksty serwisu — streszczenia prostym językiem, opisy napisane dla serwisu, tytuły i opisy kolumn w datapackage.json — oraz układ danych nadany przez serwis (kolumny programme, organisation, indicator, unit, kind, source i url plików wartości mierników, programme, organisation, action, indicator, unit, series, valueCount i url listy mierników, programme, organisation, action, budgetTotal i url listy działań, slug, organisationSlug, kind i url listy programów oraz programme, organisation, indicator, unit, achievedKind, achievedProgramme, achievedIndicator, achievedSource, direction, status, ratio i url pliku postępu) są udostępniane na licencji Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0): można je kopiować, zmieniać i rozpowszechniać w dowolnym celu, podając źródło: „Miernik” i adres serwisu.',
    },
    resources: {
      programmeCsv: {
        title: 'Wartości mierników według programów',
        description:
          'Pliki <program>.csv: te same wiersze co wskazniki.csv, po jednym pliku na program; każdy plik zaczyna się wierszem nagłówka.',
      },
      indicatorCsv: {
        title: 'Wartości mierników według mierników',
        description:
          'Pliki wskazniki/<program>/<miernik>.csv: te same wiersze co wskazniki.csv, po jednym pliku na miernik; każdy plik zaczyna się wierszem nagłówka.',
      },
      seriesCsv: {
        title: 'Wartości mierników według serii',
        description:
          'Pliki serie/<seria>.csv: te same wiersze co wskazniki.csv dla mierników jednej serii, we wszystkich edycjach programów i gminach; każdy plik zaczyna się wierszem nagłówka.',
      },
      valuesJson: {
        title: 'Wartości mierników (JSON)',
        description:
          'Te same wiersze co wskazniki.csv jako tablica obiektów JSON, null tam, gdzie CSV ma puste pole; tak samo zbudowane są pliki <program>.json i wskazniki/<program>/<miernik>.json. Opisany jako plik, nie tabela: w standardzie Frictionless (v1) dane tabelaryczne w pliku to CSV.',
      },
      programmesJson: { title: 'Programy (JSON)', description: 'Te same wiersze co programy.csv jako tablica obiektów JSON.' },
      indicatorsJson: {
        title: 'Mierniki (JSON)',
        description: 'Te same wiersze co mierniki.csv jako tablica obiektów JSON, null tam, gdzie CSV ma puste pole.',
      },
      actionsJson: {
        title: 'Działania (JSON)',
        description: 'Te same wiersze co dzialania.csv jako tablica obiektów JSON, null tam, gdzie CSV ma puste pole.',
      },
      valuesXlsx: {
        title: 'Wartości mierników (XLSX)',
        description:
          'Te same wiersze co wskazniki.csv jako arkusz Excela: liczby jako liczby, lata jako liczby całkowite, zablokowany wiersz nagłówka; tak samo zbudowane są pliki <program>.xlsx.',
      },
      programmesXlsx: { title: 'Programy (XLSX)', description: 'Te same wiersze co programy.csv jako arkusz Excela.' },
      indicatorsXlsx: {
        title: 'Mierniki (XLSX)',
        description:
          'Te same wiersze co mierniki.csv jako arkusz Excela: liczba wartości jako liczba całkowita, zablokowany wiersz nagłówka.',
      },
      actionsXlsx: {
        title: 'Działania (XLSX)',
        description:
          'Te same wiersze co dzialania.csv jako arkusz Excela: lata jako liczby całkowite, suma środków jako liczba, zablokowany wiersz nagłówka.',
      },
    },
    notes: 'Uwagi do danych',
    noNotes: 'Brak uwag.',
    intro:
      'W plikach wartości (wskazniki i pliki programów) każdy wiersz to jedna wartość miernika: cel na dany rok, wykonanie, dana z diagnozy albo planowana kwota. Lista mierników ma po jednym wierszu na miernik, także bez wartości, a lista działań — na działanie, z terminem realizacji i źródłem finansowania. Warunki korzystania z danych są opisane na końcu strony.',
    dictionary: 'Opis kolumn',
    dictionaryCaption: 'Kolumny plików wskazniki.csv, wskazniki.xlsx i wskazniki.json, w tej kolejności',
    dictionaryIndicators: 'Opis kolumn listy mierników',
    dictionaryIndicatorsCaption: 'Kolumny plików mierniki.csv, mierniki.xlsx i mierniki.json, w tej kolejności',
    dictionaryActions: 'Opis kolumn listy działań',
    dictionaryActionsCaption: 'Kolumny plików dzialania.csv, dzialania.xlsx i dzialania.json, w tej kolejności',
    column: 'Kolumna',
    meaning: 'Znaczenie',
    type: 'Typ',
    types: { string: 'tekst', integer: 'liczba całkowita', number: 'liczba' } satisfies Record<FieldType, string>,
    fields: {
      programme: 'identyfikator programu (jak w adresie strony)',
      organisation: 'identyfikator gminy',
      goal: 'numer celu, tak jak w dokumencie (pusty dla danych spoza celów)',
      task: 'numer zadania, tak jak w dokumencie; pusty poza zadaniami i gdy dokument nie numeruje zadań',
      action: 'nazwa działania lub pusta (identyfikator działania jest w kolumnie action plików mierniki.csv i dzialania.csv)',
      indicator: 'identyfikator miernika, stały w obrębie programu',
      label: 'nazwa miernika, jak w dokumencie',
      unit: 'count (liczba), percent (odsetek), currency (złote), text (opis słowny)',
      unitLabel: 'jednostka słownie („osób”, „%”, „zł”)',
      year: 'rok (liczba całkowita) lub pusty, gdy dokument nie podaje roku',
      kind: 'target (cel), achieved (wykonanie), statistic (dane diagnozy), baseline (wartość bazowa), budget (środki)',
      value: 'liczba z kropką dziesiętną lub pusta dla wartości słownych',
      text: 'brzmienie wartości w dokumencie źródłowym',
      source: 'dokument i jego część',
      url: 'adres strony miernika w serwisie',
      periodStart:
        'pierwszy rok, którego dotyczy wartość: równy year dla wartości jednego roku, początek okresu dla wartości podanej na okres („w latach 2025–2027”) albo na każdy rok okresu („rocznie”) — oba mają pusty year, a różni je brzmienie w text i strona miernika; pusty, gdy dokument nie podaje czasu',
      periodEnd: 'ostatni rok, którego dotyczy wartość (jak periodStart)',
    } satisfies Record<ExportField, string>,
    programmeFields: {
      slug: 'identyfikator programu (jak w adresie strony)',
      title: 'pełny tytuł programu',
      organisation: 'nazwa gminy',
      organisationSlug: 'identyfikator gminy',
      kind: 'rodzaj dokumentu: programme (program)',
      periodStart: 'pierwszy rok programu',
      periodEnd: 'ostatni rok programu',
      url: 'adres strony programu w serwisie',
    } satisfies Record<ProgrammeColumn, string>,
    indicatorFields: {
      programme: 'identyfikator programu (jak w adresie strony; klucz do pliku programy.csv)',
      organisation: 'identyfikator gminy',
      goal: 'numer celu, tak jak w dokumencie (pusty dla mierników spoza celów: dane diagnozy, wskaźniki strategiczne, kwoty łączne)',
      task: 'numer zadania, tak jak w dokumencie; pusty poza zadaniami i gdy dokument nie numeruje zadań',
      action:
        'identyfikator działania, którego dotyczy miernik — ta sama wartość co w kolumnie action pliku dzialania.csv (w pliku wskazniki.csv kolumna action podaje nazwę działania); pusty dla mierników spoza działań',
      indicator:
        'identyfikator miernika, stały w obrębie programu; programme i indicator razem wskazują jeden wiersz (klucz kolumn programme i indicator pliku wskazniki.csv)',
      label: 'nazwa miernika, jak w dokumencie',
      unit: 'count (liczba), percent (odsetek), currency (złote), text (opis słowny)',
      unitLabel: 'jednostka słownie („osób”, „%”, „zł”)',
      series: 'identyfikator serii łączącej ten sam miernik w kolejnych programach i edycjach lub pusty',
      implementers:
        'realizatorzy działania, rozdzieleni „; ” (instytucje pod pełną nazwą); pusty, gdy dokument ich nie podaje lub miernik nie należy do działania',
      valueCount:
        'liczba wartości miernika w pliku wskazniki.csv (cele, wykonanie ze sprawozdań, dane, wartości bazowe, kwoty); 0 dla miernika, któremu dokument nie podaje wartości',
      url: 'adres strony miernika w serwisie',
    } satisfies Record<IndicatorField, string>,
    actionFields: {
      programme: 'identyfikator programu (jak w adresie strony; klucz do pliku programy.csv)',
      organisation: 'identyfikator gminy',
      goal: 'numer celu, tak jak w dokumencie',
      task: 'numer zadania, tak jak w dokumencie; pusty dla działań bez zadania i gdy dokument nie numeruje zadań',
      action:
        'identyfikator działania w serwisie (jak w adresie url), stały w obrębie programu; programme i action razem wskazują jeden wiersz (klucz kolumn programme i action pliku mierniki.csv)',
      title: 'nazwa działania, jak w dokumencie',
      implementers: 'realizatorzy, rozdzieleni „; ” (instytucje pod pełną nazwą); pusty, gdy dokument ich nie podaje',
      schedule:
        'termin realizacji, jak w dokumencie („III kwartał 2013”, „corocznie”, „w miarę potrzeb”); pusty, gdy dokument go nie podaje',
      scheduleStart:
        'pierwszy rok terminu realizacji: rok, gdy termin to jeden rok, początek okresu dla terminu na okres lub „corocznie” (wtedy okres programu); pusty, gdy termin nie wskazuje lat',
      scheduleEnd: 'ostatni rok terminu realizacji (jak scheduleStart)',
      funding: 'źródło finansowania, jak w dokumencie, lub puste',
      budgetTotal:
        'suma kwot planowanych na działanie (w złotych, z kropką dziesiętną), dodanych tak, jak są podane: kwoty na poszczególne lata i kwoty na okres („w latach …”) razem, kwota „rocznie” raz; pusta, gdy dokument nie podaje kwot — poszczególne kwoty są w pliku wskazniki.csv (miernik budzet-<action>)',
      url: 'adres działania na stronie celu w serwisie',
    } satisfies Record<ActionField, string>,
    packageTitle: 'Miernik — cele, mierniki i budżety gminnych programów',
    packageDescription:
      'Wartości mierników gminnych programów (cele, wykonanie, dane z diagnozy, wartości bazowe, budżety), lista mierników, lista działań i lista programów.',
    valuesTitle: 'Wartości mierników wszystkich programów',
    programmesTitle: 'Programy',
    indicatorsTitle: 'Mierniki wszystkich programów, także bez wartości',
    actionsTitle: 'Działania wszystkich programów',
    statedVsSum: (label: string, stated: string, computed: string, diff: string) =>
      `${label}: dokument podaje ${stated}, a suma kwot przy działaniach wynosi ${computed} (różnica ${diff}). Publikujemy obie wartości tak, jak podaje źródło.`,
  },
  chart: {
    dataInTable: 'Dane tego wykresu są w tabeli poniżej.',
    // charts.ts, being split into src/lib/charts/, reads the value kinds by these names: the same
    // maps as t.valueKinds, kept until it reads t.valueKinds.
    kinds: kindsOne,
    kindsMany,
    legendKinds: kindsLegend,
    when: kindsWhen,
    unitGroups: { count: '', percent: ' (odsetki)', currency: ' (kwoty)' } satisfies Record<ChartUnit, string>,
    /** A chart's subject: the action's number, or its title in quotes where the document numbers neither it nor its task. */
    action: (id: string | undefined, title = '') => (id ? `Działanie ${id}` : `Działanie „${title}”`),
    task: (id: string | undefined, title = '') => (id ? `Zadanie ${id}` : `Zadanie „${title}”`),
    goalActions: (id: string) => `Działania celu ${id}`,
    taskOrGoal: (kind: 'task' | 'goal', id: string, title = '') =>
      kind === 'goal' ? `cel ${id}` : id ? `zadanie ${id}` : `zadanie „${title}”`,
    inYear: (year: number) => `w ${year} r.`,
    everyYear: (period: string) => `co roku w latach ${period}`,
    rise: (d: string) => `wzrost o ${d}`,
    fall: (d: string) => `spadek o ${d}`,
    noChange: 'bez zmian',
    riseFromTo: (a: string, b: string) => `wzrost z ${a} do ${b}`,
    fallFromTo: (a: string, b: string) => `spadek z ${a} do ${b}`,
    sameValue: (a: string) => `stały poziom ${a}`,
    lowest: (v: string, year: number) => `najniższa wartość: ${v} w ${year} r.`,
    highest: (v: string, year: number) => `najwyższa wartość: ${v} w ${year} r.`,
    versus: (year: number, achieved: string, target: string) => `w ${year} r. wykonanie ${achieved} wobec celu ${target}`,
    percentPoints: 'pkt proc.',
    /** "wzrost w 2 miernikach, spadek w 1, bez zmian w 3". */
    trendRise: (where: string) => `wzrost ${where}`,
    trendFall: (where: string) => `spadek ${where}`,
    trendSame: (where: string) => `bez zmian ${where}`,
    inMeasures: (n: number) => (n === 1 ? 'w 1 mierniku' : `w ${n} miernikach`),
    inSeries: (n: number) => (n === 1 ? 'w 1 serii' : `w ${n} seriach`),
    inN: (n: number) => `w ${n}`,
    range: (min: string, max: string) => `od ${min} do ${max}`,
    allEqual: (v: string) => `wszystkie po ${v}`,
    unitNames: { count: 'liczby', percent: 'odsetki', currency: 'kwoty' } satisfies Record<ChartUnit, string>,
    budgetTitle: (when: string, top: string, value: string) => `Planowane środki według zadań ${when}: najwięcej — ${top}, ${value}`,
    budgetSummary: (total: string, when: string, top: string, topValue: string, low: string, lowValue: string) =>
      `Razem ${total} ${when}; najwięcej: ${top} (${topValue}), najmniej: ${low} (${lowValue}).`,
    budgetCaption: (when: string) => `Planowane środki według zadań ${when} — dane wykresu`,
    excellent: 'wartość znakomita',
    declarationTitle: (id: string, change: string) => `${id} — deklarowany cel: ${change}`,
    declarationCaption: (id: string) => `Wartość bazowa i wartość znakomita wskaźnika ${id}`,
    tableCaption: (subject: string) => `Dane wykresu: ${subject}`,
    measure: 'Miernik',
    kind: 'Rodzaj wartości',
    series: 'Seria danych',
    taskHeader: 'Zadanie',
    unit: 'Jednostka',
    missing: 'brak wartości',
    otherData: 'pozostałe dane',
  },
};

/** The shape of the interface text: a dictionary in another language has exactly these keys. */
export type Dictionary = typeof t;
