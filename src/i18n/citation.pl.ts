// Polish text of "how to cite" on indicator, series and programme pages (src/components/Citation.astro,
// src/lib/citation.ts). Kept apart from pl.ts.
import type { CitationWords } from '../lib/citation.ts';
import { formatDate } from '../lib/format.ts';

export const citationText = {
  heading: 'Jak cytować',
  intro: 'Opis źródła do przypisu lub bibliografii. Dopisz datę, w której korzystasz ze strony.',
  words: {
    siteName: 'Miernik',
    dataDate: (date: string) => `stan danych na ${date} r.`,
    accessed: '[dostęp: dzień, w którym korzystasz ze strony]',
    noAddress: 'Adres internetowy serwisu nie został skonfigurowany (SITE_URL), więc strona nie podaje adresu do cytowania',
    formatDate,
  } satisfies CitationWords,
};
