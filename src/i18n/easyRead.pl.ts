// Polish text of the easy-to-read pages (/latwy-tekst/): the page parts that are not content
// (help now, quick exit, contact, links). Written by the rules of src/lib/easyRead.ts, which
// tests/unit/easy-read.test.ts applies to every string here.

export const easyReadText = {
  /** The text marking every easy-to-read page (no logo: see docs/tekst-latwy.md). */
  marker: 'Tekst łatwy do czytania',
  /** The footer's and the breadcrumb's link to /latwy-tekst/. */
  link: 'Tekst łatwy do czytania',
  /** The home page's link. */
  homeLink: 'Miernik w tekście łatwym do czytania',
  /** A programme page's link to its easy-to-read page. */
  programmeLink: 'Ten program w tekście łatwym do czytania',
  help: {
    heading: 'Jak dostać pomoc teraz?',
    emergency: 'Gdy ktoś jest w niebezpieczeństwie, zadzwoń pod numer:',
    phones: 'Możesz też zadzwonić pod te numery.',
    tap: 'Na telefonie dotknij numer, żeby zadzwonić.',
    more: 'Zobacz, gdzie jeszcze możesz dostać pomoc.',
  },
  exit: {
    heading: 'Jak szybko wyjść z tej strony?',
    lines: [
      'Na górze strony jest czerwony przycisk „Wyjdź szybko”.',
      'Kliknij go, a ta strona zniknie.',
      'Otworzy się inna strona.',
      'Możesz też nacisnąć 3 razy klawisz Shift.',
    ],
    safety: 'Przeczytaj, jak bezpiecznie korzystać z tej strony.',
  },
  contact: {
    heading: 'Jak napisać do wydawcy strony?',
    who: 'Wydawca to ten, kto prowadzi tę stronę.',
    publisher: (name: string) => `Wydawca tej strony to ${name}.`,
    email: 'Możesz napisać na adres:',
    phone: 'Możesz zadzwonić pod numer:',
    unknown: 'Nie mamy jeszcze danych do kontaktu z wydawcą.',
  },
  programmes: {
    heading: 'Jakie programy są na tej stronie?',
    intro: 'Każdy program ma swoją stronę w tekście łatwym do czytania.',
  },
  programme: {
    helpers: 'Kto pomaga?',
    fullHeading: 'Gdzie jest cały program?',
    full: 'Cały program jest na osobnej stronie.',
    harder: 'Tamten tekst jest trudniejszy.',
    fullLink: 'Zobacz cały program',
    back: 'Wróć do strony o Mierniku w tekście łatwym do czytania.',
  },
  words: 'Co znaczą trudne słowa?',
} as const;

/** Every sentence of the dictionary, for the rules' test (functions called with a sample). */
export function easyReadStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') out.push((v as (s: string) => string)('Gmina Miejska Kraków'));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(easyReadText);
  return out;
}
