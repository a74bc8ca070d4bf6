// Polish text of progress (target against achieved): statuses, the indicator page's section, the
// reporting status pages, the method page and the data package's words for postep.*. Kept apart
// from pl.ts; pl.ts includes `progressDownloads` in its downloads texts.
import type { Direction } from '../schemas/indicator.ts';
import type { Measured, ProgressStatus } from '../lib/progress.ts';
import type { ProgressPackageTexts } from '../lib/exportProgress.ts';
import { plural } from '../lib/format.ts';

/** "2021–2022, 2024 i 2026" from runs of consecutive years. */
export function yearList(runs: readonly [number, number][]): string {
  const parts = runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} i ${parts.at(-1)}`;
}

/** Whether runs name one year only. */
const single = (runs: readonly [number, number][]) => runs.length === 1 && runs[0]![0] === runs[0]![1];

/** "za 2024 r." (a no-break space before "r."), "za lata 2024–2025". */
export const forYears = (runs: readonly [number, number][]) =>
  single(runs) ? `za ${yearList(runs)}\u00a0r.` : `za lata ${yearList(runs)}`;
/** "na 2024 r.", "na lata 2024–2025". */
export const onYears = (runs: readonly [number, number][]) => (single(runs) ? `na ${yearList(runs)}\u00a0r.` : `na lata ${yearList(runs)}`);

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
    exceeded:
      'Wartość osiągnięta jest lepsza od docelowej w zadeklarowanym kierunku: większa, gdy więcej znaczy lepiej, mniejsza, gdy mniej znaczy lepiej.',
    achieved: 'Wartość osiągnięta jest równa docelowej.',
    'not-achieved': 'Wartość osiągnięta jest gorsza od docelowej w zadeklarowanym kierunku.',
    'no-direction':
      'Obie wartości są liczbami, ale dla miernika ani jego serii nie zadeklarowano kierunku: podajemy tylko stosunek, bez oceny.',
    'no-value': 'Jest wartość docelowa, ale serwis nie ma wartości osiągniętej za ten sam rok (lub okres) w tej samej gminie.',
    text: 'Wartość docelowa (albo osiągnięta) jest podana tylko słowami, np. „Organizacja gali”: nie ma czego porównać liczbowo, więc nie oceniamy.',
    'no-target': 'Sprawozdanie podaje wartość osiągniętą za rok, na który program nie wyznacza wartości docelowej tego miernika.',
    'no-time':
      'Dokument podaje wartość docelową bez roku (np. „wartość znakomita”): nie wiadomo, za który rok ją rozliczyć, więc nie oceniamy.',
  } satisfies Record<ProgressStatus, string>,
  directions: { higher: 'więcej znaczy lepiej', lower: 'mniej znaczy lepiej' } satisfies Record<Direction, string>,
  noDirection: 'nie określono, czy więcej znaczy lepiej (podajemy tylko stosunek do celu)',
  /** Where a measured value comes from. */
  kinds: { achieved: 'sprawozdanie', statistic: 'dane z diagnozy' } satisfies Record<Measured['kind'], string>,
  /** "105% celu". */
  ratio: (percent: string) => `${percent}% celu`,
  noRatio: 'brak (cel równy 0)',
  asOf: (date: string) => `Stan na ${date}\u00a0r. (data ostatniej zmiany treści serwisu).`,
  asOfUnknown: 'Nie ustalono daty stanu danych (serwis zbudowano bez historii zmian treści), więc nie oceniamy, które lata się zakończyły.',
  methodLink: 'Jak ustalamy, czy cel osiągnięto',
  dataLink: 'Cele i wartości osiągnięte wszystkich programów do pobrania: postep.csv (inne formaty na stronie otwartych danych)',

  indicator: {
    title: 'Realizacja celu',
    noReport: (runs: [number, number][]) => (single(runs) ? `Brak sprawozdania ${forYears(runs)}` : `Brak sprawozdań ${forYears(runs)}.`),
    reportWithout: (runs: [number, number][]) =>
      single(runs)
        ? `Sprawozdanie ${forYears(runs)} nie podaje wartości tego miernika.`
        : `Sprawozdania ${forYears(runs)} nie podają wartości tego miernika.`,
    notEnded: (runs: [number, number][]) =>
      single(runs)
        ? `Cel ${onYears(runs)} dotyczy roku, który jeszcze się nie zakończył.`
        : `Cele ${onYears(runs)} dotyczą lat, które jeszcze się nie zakończyły.`,
    notAssessedYet: (runs: [number, number][]) => `Bez wartości osiągniętej ${forYears(runs)}.`,
    text: (runs: [number, number][]) => `Cel ${onYears(runs)} jest opisany słowami — serwis nie ocenia jego realizacji.`,
    noTime: (text: string) => `Cel bez roku („${text}”): dokument nie mówi, za który rok go rozliczyć, więc serwis go nie ocenia.`,
    noTarget: (runs: [number, number][]) =>
      `Program nie wyznacza wartości docelowej tego miernika ${onYears(runs)} — wartości osiągniętej nie ma z czym porównać.`,
    range: (span: string, ended: boolean) =>
      ended
        ? `Cel na lata ${span} (łącznie) nie ma wartości osiągniętej za ten sam okres.`
        : `Cel na lata ${span} (łącznie) dotyczy okresu, który jeszcze się nie zakończył.`,
    nothingCompared:
      'Serwis nie ma wartości osiągniętej za żaden rok, na który wyznaczono cel tego miernika, więc nie można ocenić, czy cel osiągnięto.',
    caption: (label: string) => `Cel i wartość osiągnięta według lat: ${label}`,
    direction: (words: string) => `Kierunek oceny: ${words}.`,
    columns: {
      time: 'Rok',
      target: 'Wartość docelowa',
      achieved: 'Wartość osiągnięta',
      ratio: 'Stosunek do celu',
      status: 'Status',
      source: 'Źródło wartości osiągniętej',
    },
    elsewhere: (programme: string) => `wartość miernika programu „${programme}”`,
  },

  reporting: {
    siteTitle: 'Sprawozdawczość programów',
    siteDescription:
      'Za które lata programów opublikowano sprawozdania z realizacji, ile mierników ma wartości osiągnięte i ile celów nie ma jeszcze wartości osiągniętej.',
    programmeTitle: (programme: string) => `Sprawozdawczość: ${programme}`,
    programmeDescription: (programme: string) =>
      `Sprawozdania z realizacji programu „${programme}” według lat: które opublikowano, ile mierników ma wartości osiągnięte, ile celów ich nie ma.`,
    crumb: 'Sprawozdawczość',
    noneEnded: 'Żaden rok okresu programu jeszcze się nie zakończył, więc na sprawozdania z jego realizacji jest za wcześnie.',
    allEnded: (period: string) => `Okres programu (${period}) się zakończył.`,
    ended: (runs: [number, number][], period: string) =>
      single(runs)
        ? `Z okresu programu (${period}) zakończył się rok ${yearList(runs)}.`
        : `Z okresu programu (${period}) zakończyły się lata ${yearList(runs)}.`,
    noReports: 'Serwis nie ma sprawozdania z realizacji programu za żaden z tych lat.',
    reports: (runs: [number, number][]) =>
      single(runs) ? `Sprawozdanie z realizacji jest ${forYears(runs)}` : `Sprawozdania z realizacji są ${forYears(runs)}.`,
    missingReports: (runs: [number, number][]) =>
      single(runs) ? `Brak sprawozdania ${forYears(runs)}` : `Brak sprawozdań ${forYears(runs)}.`,
    targets: (n: number, without: number) =>
      `Na te lata program wyznacza ${targets(n)}; ${without === n ? (n === 1 ? 'nie ma ona' : 'żadna nie ma') : `${count(without, 'nie ma', 'nie mają', 'nie ma')}`} wartości osiągniętej za ten sam rok.`,
    nothingCompared: 'Nie można więc ocenić, czy którykolwiek z tych celów osiągnięto.',
    noTargets: 'Program nie wyznacza wartości docelowych na te lata, więc wartości osiągniętych nie ma z czym porównać.',
    compared: (n: number, breakdown: string) => `Z wartością osiągniętą porównano ${targets(n)}: ${breakdown}.`,
    statusCount: (status: ProgressStatus, n: number) => `${progressText.statuses[status]} — ${n}`,
    range: (n: number) => `Program ma też ${targets(n)} na kilka lat łącznie: porównujemy je tylko z wartością za ten sam okres.`,
    noTime: (n: number) =>
      n === 1
        ? 'Jedna wartość docelowa nie ma roku, więc jej realizacji się nie ocenia.'
        : `${count(n, 'wartość docelowa nie ma', 'wartości docelowe nie mają', 'wartości docelowych nie ma')} roku, więc ich realizacji się nie ocenia.`,
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
      compared: 'W tym porównane z osiągniętą',
      indicator: 'Miernik',
    },
    noReport: 'brak',
    reportLink: (year: number) => `sprawozdanie za ${year}\u00a0r.`,
    programmeLink: 'Sprawozdawczość: za które lata są sprawozdania i czy cele osiągnięto',
    siteLink: 'Sprawozdawczość wszystkich programów: sprawozdania i wartości osiągnięte według lat',
    siteLead: (programmes: number, withReports: number) =>
      `W serwisie ${programmes === 1 ? 'jest 1 program' : `są ${count(programmes, 'program', 'programy', 'programów')}`}; ${
        withReports === 0
          ? 'żaden nie ma opublikowanego sprawozdania z realizacji za rok, który się zakończył'
          : `sprawozdanie z realizacji za rok, który się zakończył, ${withReports === 1 ? 'ma 1 z nich' : `mają ${withReports} z nich`}`
      }.`,
    siteTargets: (n: number, without: number) =>
      `Na lata, które się zakończyły, programy wyznaczają ${targets(n)}; ${without === n ? 'żadna nie ma' : count(without, 'nie ma', 'nie mają', 'nie ma')} wartości osiągniętej za ten sam rok.`,
    siteNothingCompared:
      'Żaden program nie ma jeszcze wartości docelowej i osiągniętej za ten sam rok w tej samej gminie, więc serwis nie może ocenić realizacji żadnego celu.',
    siteCompared: (n: number) => `Z wartością osiągniętą porównano ${targets(n)} — szczegóły na stronach programów.`,
    siteCaption: 'Sprawozdawczość programów: zakończone lata, sprawozdania i wartości docelowe',
    siteColumns: {
      programme: 'Program',
      municipality: 'Gmina',
      ended: 'Zakończone lata',
      reports: 'Sprawozdania za lata',
      targets: 'Wartości docelowe na zakończone lata',
      withoutValue: 'W tym bez wartości osiągniętej',
      compared: 'W tym porównane z osiągniętą',
    },
    none: 'brak',
  },

  method: {
    title: 'Jak ustalamy, czy cel osiągnięto',
    description:
      'Metoda statusu realizacji celów: skąd wartość osiągnięta, kierunek „więcej znaczy lepiej” i „mniej znaczy lepiej”, cele opisane słowami, cele roczne i na kilka lat, stosunek do celu.',
    crumb: 'Metoda: realizacja celów',
    lead: 'Na stronach mierników, na stronach sprawozdawczości i w pliku postep.csv porównujemy wartość docelową (cel zapisany w programie) z wartością osiągniętą za ten sam rok w tej samej gminie. Tu opisujemy, jak to robimy i kiedy oceny nie wystawiamy.',
    sections: [
      {
        id: 'wartosc-osiagnieta',
        title: 'Skąd bierzemy wartość osiągniętą',
        paragraphs: [
          'Wartość osiągnięta to przede wszystkim liczba ze sprawozdania z realizacji programu (w tabelach: rodzaj „wykonanie”; w pliku postep.csv: achievedKind = achieved).',
          'Gdy sprawozdania za dany rok nie ma, bierzemy liczbę z danych diagnozy (rodzaj „dane”; achievedKind = statistic), jeśli podaje ją program tej samej gminy — dla tego samego miernika albo dla miernika tej samej serii. Tak bywa z kolejnymi edycjami: późniejszy program opisuje w diagnozie, ile procedur „Niebieskie Karty” wszczęto w roku, na który wcześniejszy wyznaczył cel. Diagnoza jest częścią dokumentu przyjętego przez gminę i podaje wartość faktyczną za miniony rok, dlatego ją uwzględniamy. Przy każdym statusie podajemy źródło wartości osiągniętej: dokument i jego część, a w pliku postep.csv także program i miernik, z którego pochodzi.',
          'Gdy źródeł jest kilka, pierwszeństwo ma: sprawozdanie tego samego programu, sprawozdanie innej edycji z tej samej serii, diagnoza tego samego programu, diagnoza innej edycji; przy równym pierwszeństwie liczba przed opisem słownym, a potem najnowsza edycja.',
          'Wartości bazowej (punktu wyjścia programu) nie traktujemy jako wartości osiągniętej.',
          'Nigdy nie porównujemy różnych gmin: seria łączy mierniki tylko w obrębie jednej gminy. Miernik bez serii porównujemy wyłącznie z jego własnymi wartościami.',
        ],
      },
      {
        id: 'kierunek',
        title: 'Kierunek: czy więcej znaczy lepiej',
        paragraphs: [
          'Ocena „cel osiągnięty”, „nieosiągnięty” albo „przekroczony” wymaga wiedzy, czy lepsza jest wartość większa, czy mniejsza. Przy wielu miernikach nie jest to oczywiste: więcej wszczętych procedur „Niebieskie Karty” może znaczyć więcej przemocy albo lepsze jej wykrywanie, więcej porad — większą potrzebę albo łatwiejszy dostęp do pomocy.',
          'Dlatego domyślnie kierunku nie ma: pokazujemy wtedy tylko stosunek wartości osiągniętej do docelowej i status „bez oceny”. Kierunek zapisuje redakcja przy mierniku (pole direction: higher — więcej znaczy lepiej, lower — mniej znaczy lepiej) albo przy całej serii, i tylko wtedy, gdy wynika z dokumentu — na przykład z deklaracji wyników: „odsetek rodzin doznających przemocy domowej był jak najniższy” (mniej znaczy lepiej). Kierunek zapisany przy mierniku ma pierwszeństwo przed kierunkiem serii.',
        ],
      },
      {
        id: 'stosunek',
        title: 'Stosunek do celu',
        paragraphs: [
          'Stosunek to wartość osiągnięta podzielona przez docelową, niezależnie od kierunku: gdy mniej znaczy lepiej, stosunek poniżej 100% oznacza wynik lepszy od celu.',
          'Porównujemy liczby dokładnie, bez progu tolerancji: 99 przy celu 100 to cel nieosiągnięty, a stosunek (99%) pokazuje, jak blisko było.',
          'Na stronach zaokrąglamy stosunek do pełnego procentu; gdy zaokrąglenie dałoby 100% dla wartości różnej od celu, pokazujemy miejsca po przecinku (np. 99,6%). W pliku postep.csv (kolumna ratio) stosunek jest niezaokrąglony. Przy celu równym 0 stosunku nie ma, bo nie dzieli się przez zero; ocena według kierunku zostaje.',
        ],
      },
      {
        id: 'lata',
        title: 'Lata: cele na rok, roczne i na kilka lat',
        paragraphs: [
          'Porównujemy tylko wartości dotyczące tego samego czasu. Cel na jeden rok porównujemy z wartością osiągniętą za ten rok.',
          'Cel roczny („rocznie”, „w ujęciu rocznym”, np. 6 posiedzeń zespołu co roku w latach 2024–2030) porównujemy osobno z wartością osiągniętą za każdy rok; w pliku postep.csv to osobny wiersz na każdy rok. Gdy dokument podaje też cel na jeden z tych lat, obowiązuje cel na ten rok.',
          'Cel na kilka lat łącznie (np. 500 osób w latach 2011–2020) porównujemy tylko z wartością za ten sam okres — nie z wartością jednego roku ani z sumą lat.',
          'Cel bez roku (np. „wartość znakomita” wskaźnika strategicznego) nie jest oceniany: nie wiadomo, za który rok go rozliczyć.',
        ],
      },
      {
        id: 'slowa',
        title: 'Cele opisane słowami',
        paragraphs: [
          'Cel podany tylko słowami (jednostka „opis słowny” albo wartość docelowa bez liczby, np. „Organizacja gali”) nie dostaje statusu: liczbowo nie da się go porównać, a ocena opisu byłaby już naszą interpretacją. Tak samo postępujemy, gdy sprawozdanie podaje wartość osiągniętą tylko słowami.',
        ],
      },
      {
        id: 'stan-danych',
        title: 'Które lata się zakończyły',
        paragraphs: [
          'Strony sprawozdawczości mówią, za które lata okresu programu mogłoby już być sprawozdanie. O tym, czy rok się zakończył, decyduje data stanu danych: dzień ostatniej zmiany treści serwisu zapisany w historii zmian (git), a gdy tej historii nie ma — data aktualizacji podana przez wydawcę. Nie decyduje zegar komputera, który buduje serwis, więc dwie budowy tej samej wersji treści dają te same strony. Rok uznajemy za zakończony, gdy data stanu danych przypada w roku późniejszym.',
          'Plik postep.csv od tej daty nie zależy: status „brak wartości osiągniętej” mówi tylko, że wartości nie ma, a nie, czy rok już się skończył.',
        ],
      },
    ],
    statusesTitle: 'Statusy',
    statusesIntro: 'Każdy wiersz pliku postep.csv ma jeden z tych statusów; strony pokazują go słowami.',
    statusesCaption: 'Statusy realizacji celu: kod w danych, opis na stronach i znaczenie',
    statusColumns: { code: 'Kod w pliku postep.csv', shown: 'Na stronach', meaning: 'Znaczenie' },
    dataTitle: 'Dane do pobrania',
    data: 'Każdy wiersz pliku postep.csv (i jego kopii postep.xlsx i postep.json) to miernik i rok (albo okres): wartość docelowa, wartość osiągnięta i jej źródło, kierunek, status i stosunek. Opis kolumn jest na stronie otwartych danych.',
    dataLink: 'Otwarte dane: pliki postępu i opis ich kolumn',
    reportingLink: 'Sprawozdawczość programów: które lata mają sprawozdania',
  },
};

/** The data package's and /dane/'s words for postep.* (included in pl.ts `downloads.progress`). */
export const progressDownloads = {
  title: 'Postęp: cele i wartości osiągnięte',
  json: {
    title: 'Postęp (JSON)',
    description: 'Te same wiersze co postep.csv jako tablica obiektów JSON, null tam, gdzie CSV ma puste pole.',
  },
  xlsx: {
    title: 'Postęp (XLSX)',
    description:
      'Te same wiersze co postep.csv jako arkusz Excela: liczby jako liczby, lata jako liczby całkowite, zablokowany wiersz nagłówka.',
  },
  sheet: 'Postęp',
  whatRows: {
    csv: 'cele i wartości osiągnięte: miernik i rok, status, stosunek; UTF-8 bez BOM, separator: przecinek',
    xlsx: 'te same wiersze jako arkusz Excela',
    json: 'te same wiersze; puste pola jako null',
  },
  methodNote: 'Jak liczymy statusy i stosunki do celu w plikach postep.csv, postep.xlsx i postep.json, opisuje strona',
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
    achievedKind:
      'Skąd wartość osiągnięta: achieved (sprawozdanie z realizacji) albo statistic (dane z diagnozy programu tej samej gminy).',
    achievedProgramme:
      'Program, którego sprawozdanie lub diagnoza podaje wartość osiągniętą (inny niż programme, gdy wartość pochodzi z innej edycji serii).',
    achievedIndicator: 'Miernik, którego wartością jest wartość osiągnięta (ten sam albo miernik tej samej serii w innej edycji).',
    achievedSource: 'Dokument (i jego część), w którym opublikowano wartość osiągniętą.',
    direction:
      'Kierunek oceny zadeklarowany dla miernika albo jego serii: higher (więcej znaczy lepiej), lower (mniej znaczy lepiej); puste, gdy nie zadeklarowano — wtedy bez oceny, tylko stosunek.',
    status:
      'Status: exceeded (przekroczony), achieved (osiągnięty), not-achieved (nieosiągnięty), no-direction (bez oceny, brak kierunku), no-value (brak wartości osiągniętej), text (opis słowny), no-target (brak wartości docelowej), no-time (cel bez roku); opis na stronie /dane/metoda/.',
    ratio:
      'Stosunek wartości osiągniętej do docelowej (osiągnięta ÷ docelowa), niezaokrąglony; puste, gdy brak jednej z liczb albo cel równy 0.',
    url: 'Adres strony miernika w serwisie.',
  },
} satisfies ProgressPackageTexts & Record<string, unknown>;
