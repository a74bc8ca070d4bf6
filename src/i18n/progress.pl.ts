// Polish text of progress (target against achieved): statuses, the indicator page's section, the
// reporting status pages, the method page and the data package's words for postep.*. Kept apart
// from pl.ts; pl.ts includes `progressDownloads` in its downloads texts.
import type { Direction } from '../schemas/indicator.ts';
import type { ProgressStatus } from '../lib/progress.ts';
import type { ProgressPackageTexts } from '../lib/exportProgress.ts';
import { plural } from '../lib/format.ts';

/** "2021–2022, 2024 i 2026" from runs of consecutive years. */
export function yearList(runs: readonly [number, number][]): string {
  const parts = runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} i ${parts.at(-1)}`;
}

/** Whether runs name one year only. */
const single = (runs: readonly [number, number][]) => runs.length === 1 && runs[0]![0] === runs[0]![1];

/** "za 2024 r.", "za lata 2024–2025". */
export const forYears = (runs: readonly [number, number][]) => (single(runs) ? `za ${yearList(runs)} r.` : `za lata ${yearList(runs)}`);
/** "na 2024 r.", "na lata 2024–2025". */
export const onYears = (runs: readonly [number, number][]) => (single(runs) ? `na ${yearList(runs)} r.` : `na lata ${yearList(runs)}`);

const count = (n: number, one: string, few: string, many: string) => plural(n, { one, few, many });
const targets = (n: number) => count(n, 'wartość docelową', 'wartości docelowe', 'wartości docelowych');

export const progressText = {
  /** A status as pages show it (the data file uses the codes). */
  statuses: {
    exceeded: 'cel przekroczony',
    achieved: 'cel osiągnięty',
    'not-achieved': 'cel nieosiągnięty',
    'no-direction': 'bez oceny: nie określono, czy więcej znaczy lepiej',
    'no-value': 'brak wartości osiągniętej',
    text: 'opisany słowami: bez oceny',
    'no-target': 'brak wartości docelowej',
    'no-time': 'cel bez roku: bez oceny',
  } satisfies Record<ProgressStatus, string>,
  /** What each status code of postep.csv means (the method page's table). */
  statusMeaning: {
    exceeded: 'Wartość osiągnięta jest lepsza od docelowej w zadeklarowanym kierunku: większa, gdy więcej znaczy lepiej, mniejsza, gdy mniej znaczy lepiej.',
    achieved: 'Wartość osiągnięta jest równa docelowej.',
    'not-achieved': 'Wartość osiągnięta jest gorsza od docelowej w zadeklarowanym kierunku.',
    'no-direction': 'Obie wartości są liczbami, ale dla miernika ani jego serii nie zadeklarowano kierunku: podajemy tylko stosunek, bez oceny.',
    'no-value': 'Jest wartość docelowa, ale serwis nie ma wartości osiągniętej za ten sam rok (lub okres) w tej samej gminie.',
    text: 'Wartość docelowa (albo osiągnięta) jest podana tylko słowami, np. „Organizacja gali”: nie ma czego porównać liczbowo, więc nie oceniamy.',
    'no-target': 'Sprawozdanie podaje wartość osiągniętą za rok, na który program nie wyznacza wartości docelowej tego miernika.',
    'no-time': 'Dokument podaje wartość docelową bez roku (np. „wartość znakomita”): nie wiadomo, za który rok ją rozliczyć, więc nie oceniamy.',
  } satisfies Record<ProgressStatus, string>,
  directions: { higher: 'więcej znaczy lepiej', lower: 'mniej znaczy lepiej' } satisfies Record<Direction, string>,
  noDirection: 'nie określono',
  /** Where a measured value comes from. */
  kinds: { achieved: 'sprawozdanie', statistic: 'dane z diagnozy' } as Record<string, string>,
  /** "105% celu". */
  ratio: (percent: string) => `${percent}% celu`,
  noRatio: 'brak (cel równy 0)',
  asOf: (date: string) => `Stan na ${date} (data ostatniej zmiany treści serwisu).`,
  asOfUnknown: 'Nie ustalono daty stanu danych (serwis zbudowano bez historii zmian treści), więc nie oceniamy, które lata się zakończyły.',
  methodLink: 'Jak ustalamy, czy cel osiągnięto',
  dataLink: 'Cele i wartości osiągnięte wszystkich programów do pobrania (postep.csv, postep.xlsx, postep.json)',

  indicator: {
    title: 'Realizacja celu',
    noReport: (runs: [number, number][]) => (single(runs) ? `Brak sprawozdania ${forYears(runs)}` : `Brak sprawozdań ${forYears(runs)}.`),
    reportWithout: (runs: [number, number][]) =>
      single(runs) ? `Sprawozdanie ${forYears(runs)} nie podaje wartości tego miernika.` : `Sprawozdania ${forYears(runs)} nie podają wartości tego miernika.`,
    notEnded: (runs: [number, number][]) =>
      single(runs) ? `Cel ${onYears(runs)} dotyczy roku, który jeszcze się nie zakończył.` : `Cele ${onYears(runs)} dotyczą lat, które jeszcze się nie zakończyły.`,
    notAssessedYet: (runs: [number, number][]) => `Bez wartości osiągniętej ${forYears(runs)}.`,
    text: (runs: [number, number][]) => `Cel ${onYears(runs)} jest opisany słowami — serwis nie ocenia jego realizacji.`,
    noTime: (text: string) => `Cel bez roku („${text}”): dokument nie mówi, za który rok go rozliczyć, więc serwis go nie ocenia.`,
    noTarget: (runs: [number, number][]) => `Program nie wyznacza wartości docelowej tego miernika ${onYears(runs)} — wartości osiągniętej nie ma z czym porównać.`,
    range: (span: string, ended: boolean) =>
      ended ? `Cel na lata ${span} (łącznie) nie ma wartości osiągniętej za ten sam okres.` : `Cel na lata ${span} (łącznie) dotyczy okresu, który jeszcze się nie zakończył.`,
    nothingCompared: 'Serwis nie ma wartości osiągniętej za żaden rok, na który wyznaczono cel tego miernika, więc nie można ocenić, czy cel osiągnięto.',
    caption: (label: string) => `Cel i wartość osiągnięta według lat: ${label}`,
    direction: (words: string) => `Kierunek oceny: ${words}.`,
    columns: { time: 'Rok', target: 'Wartość docelowa', achieved: 'Wartość osiągnięta', ratio: 'Stosunek do celu', status: 'Status', source: 'Źródło wartości osiągniętej' },
    elsewhere: (programme: string) => `wartość miernika programu „${programme}”`,
  },

  reporting: {
    siteTitle: 'Sprawozdawczość programów',
    siteDescription: 'Za które lata programów opublikowano sprawozdania z realizacji, ile mierników ma wartości osiągnięte i ile celów nie ma jeszcze wartości osiągniętej.',
    programmeTitle: (programme: string) => `Sprawozdawczość: ${programme}`,
    programmeDescription: (programme: string) => `Sprawozdania z realizacji programu „${programme}” według lat: które opublikowano, ile mierników ma wartości osiągnięte, ile celów ich nie ma.`,
    crumb: 'Sprawozdawczość',
    noneEnded: 'Żaden rok okresu programu jeszcze się nie zakończył, więc na sprawozdania z jego realizacji jest za wcześnie.',
    allEnded: (period: string) => `Okres programu (${period}) się zakończył.`,
    ended: (runs: [number, number][], period: string) => (single(runs) ? `Z okresu programu (${period}) zakończył się rok ${yearList(runs)}.` : `Z okresu programu (${period}) zakończyły się lata ${yearList(runs)}.`),
    noReports: 'Serwis nie ma sprawozdania z realizacji programu za żaden z tych lat.',
    reports: (runs: [number, number][]) => (single(runs) ? `Sprawozdanie z realizacji jest ${forYears(runs)}` : `Sprawozdania z realizacji są ${forYears(runs)}.`),
    missingReports: (runs: [number, number][]) => (single(runs) ? `Brak sprawozdania ${forYears(runs)}` : `Brak sprawozdań ${forYears(runs)}.`),
    targets: (n: number, without: number) =>
      `Na te lata program wyznacza ${targets(n)}; ${without === n ? (n === 1 ? 'nie ma ona' : 'żadna nie ma') : `${count(without, 'nie ma', 'nie mają', 'nie ma')}`} wartości osiągniętej za ten sam rok.`,
    nothingCompared: 'Nie można więc ocenić, czy którykolwiek z tych celów osiągnięto.',
    noTargets: 'Program nie wyznacza wartości docelowych na te lata, więc wartości osiągniętych nie ma z czym porównać.',
    compared: (n: number, breakdown: string) => `Z wartością osiągniętą porównano ${targets(n)}: ${breakdown}.`,
    statusCount: (status: ProgressStatus, n: number) => `${progressText.statuses[status]} — ${n}`,
    range: (n: number) => `Program ma też ${targets(n)} na kilka lat łącznie: porównujemy je tylko z wartością za ten sam okres.`,
    noTime: (n: number) =>
      n === 1 ? 'Jedna wartość docelowa nie ma roku, więc jej realizacji się nie ocenia.' : `${count(n, 'wartość docelowa nie ma', 'wartości docelowe nie mają', 'wartości docelowych nie ma')} roku, więc ich realizacji się nie ocenia.`,
    yearsCaption: (programme: string) => `Sprawozdania i wartości osiągnięte według zakończonych lat: ${programme}`,
    comparedTitle: 'Cele porównane z wartością osiągniętą',
    comparedCaption: (programme: string) => `Cele porównane z wartością osiągniętą: ${programme}`,
    yearsTitle: 'Według lat',
    columns: {
      year: 'Rok',
      report: 'Sprawozdanie',
      achieved: 'Mierniki z wartością osiągniętą',
      targets: 'Wartości docelowe na ten rok',
      withoutValue: 'W tym bez wartości osiągniętej',
      compared: 'W tym porównane',
      indicator: 'Miernik',
    },
    noReport: 'brak',
    programmeLink: 'Sprawozdawczość: za które lata są sprawozdania i czy cele osiągnięto',
    siteLink: 'Sprawozdawczość wszystkich programów: sprawozdania i wartości osiągnięte według lat',
    siteLead: (programmes: number, withReports: number) =>
      `W serwisie ${programmes === 1 ? 'jest 1 program' : `są ${count(programmes, 'program', 'programy', 'programów')}`}; ${withReports === 0 ? 'żaden nie ma' : `${count(withReports, 'ma', 'mają', 'ma')}`} opublikowanego sprawozdania z realizacji za rok, który się zakończył.`,
    siteTargets: (n: number, without: number) => `Na lata, które się zakończyły, programy wyznaczają ${targets(n)}; ${without === n ? 'żadna nie ma' : count(without, 'nie ma', 'nie mają', 'nie ma')} wartości osiągniętej za ten sam rok.`,
    siteNothingCompared: 'Żaden program nie ma jeszcze wartości docelowej i osiągniętej za ten sam rok w tej samej gminie, więc serwis nie może ocenić realizacji żadnego celu.',
    siteCompared: (n: number) => `Z wartością osiągniętą porównano ${targets(n)} — szczegóły na stronach programów.`,
    siteCaption: 'Sprawozdawczość programów: zakończone lata, sprawozdania i wartości docelowe',
    siteColumns: {
      programme: 'Program',
      municipality: 'Gmina',
      period: 'Okres',
      ended: 'Zakończone lata',
      reports: 'Sprawozdania za lata',
      targets: 'Wartości docelowe na zakończone lata',
      withoutValue: 'W tym bez wartości osiągniętej',
      compared: 'W tym porównane',
    },
    none: 'brak',
  },

  method: {
    title: 'Jak ustalamy, czy cel osiągnięto',
    description: 'Metoda statusu realizacji celów: skąd wartość osiągnięta, kierunek „więcej znaczy lepiej” i „mniej znaczy lepiej”, cele opisane słowami, cele roczne i na kilka lat, stosunek do celu.',
    crumb: 'Metoda: realizacja celów',
  },
};

/** The data package's and /dane/'s words for postep.* (included in pl.ts `downloads.progress`). */
export const progressDownloads = {
  title: 'Postęp: cele i wartości osiągnięte',
  json: { title: 'Postęp (JSON)', description: 'Te same wiersze co postep.csv jako tablica obiektów JSON, null tam, gdzie CSV ma puste pole.' },
  xlsx: { title: 'Postęp (XLSX)', description: 'Te same wiersze co postep.csv jako arkusz Excela: liczby jako liczby, lata jako liczby całkowite, zablokowany wiersz nagłówka.' },
  sheet: 'Postęp',
  whatRows: {
    csv: 'cele i wartości osiągnięte: miernik i rok, status, stosunek; UTF-8 bez BOM, separator: przecinek',
    xlsx: 'te same wiersze jako arkusz Excela',
    json: 'te same wiersze; puste pola jako null',
  },
  dictionary: 'Opis kolumn pliku postępu',
  dictionaryCaption: 'Kolumny plików postep.csv, postep.xlsx i postep.json, w tej kolejności',
  fields: {
    programme: 'Identyfikator programu (slug), jak w programy.csv.',
    organisation: 'Identyfikator gminy (slug).',
    indicator: 'Identyfikator miernika w programie, jak w mierniki.csv.',
    label: 'Nazwa miernika, jak w dokumencie.',
    unit: 'Jednostka: count (liczba), percent (odsetek), currency (złote), text (opis słowny).',
    unitLabel: 'Jednostka słownie, jak w dokumencie („osób”, „%”).',
    year: 'Rok, którego dotyczy wiersz (także każdy rok celu rocznego); puste dla celu na kilka lat łącznie i dla celu bez roku.',
    periodStart: 'Pierwszy rok, którego dotyczy wiersz; puste dla celu bez roku.',
    periodEnd: 'Ostatni rok, którego dotyczy wiersz; puste dla celu bez roku.',
    target: 'Wartość docelowa (liczba z kropką dziesiętną); puste dla celu opisanego słowami i dla wiersza bez celu.',
    targetText: 'Brzmienie wartości docelowej w dokumencie programu; puste, gdy program nie wyznacza celu na ten rok.',
    achieved: 'Wartość osiągnięta za ten sam rok (lub okres) w tej samej gminie; puste, gdy jej nie ma albo jest podana tylko słowami.',
    achievedText: 'Brzmienie wartości osiągniętej w źródle.',
    achievedKind: 'Skąd wartość osiągnięta: achieved (sprawozdanie z realizacji) albo statistic (dane z diagnozy programu tej samej gminy).',
    achievedProgramme: 'Program, którego sprawozdanie lub diagnoza podaje wartość osiągniętą (inny niż programme, gdy wartość pochodzi z innej edycji serii).',
    achievedIndicator: 'Miernik, którego wartością jest wartość osiągnięta (ten sam albo miernik tej samej serii w innej edycji).',
    achievedSource: 'Dokument (i jego część), w którym opublikowano wartość osiągniętą.',
    direction: 'Kierunek oceny zadeklarowany dla miernika albo jego serii: higher (więcej znaczy lepiej), lower (mniej znaczy lepiej); puste, gdy nie zadeklarowano — wtedy bez oceny, tylko stosunek.',
    status: 'Status: exceeded (przekroczony), achieved (osiągnięty), not-achieved (nieosiągnięty), no-direction (bez oceny, brak kierunku), no-value (brak wartości osiągniętej), text (opis słowny), no-target (brak wartości docelowej), no-time (cel bez roku); opis na stronie /dane/metoda/.',
    ratio: 'Stosunek wartości osiągniętej do docelowej (osiągnięta ÷ docelowa), niezaokrąglony; puste, gdy brak jednej z liczb albo cel równy 0.',
    url: 'Adres strony miernika w serwisie.',
  },
} satisfies ProgressPackageTexts & Record<string, unknown>;
