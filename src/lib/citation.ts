// How to cite a page of data (an indicator, a series, a programme): who published the data, its
// title, the date the data last changed (from git, never the build clock: builds stay reproducible),
// the page's absolute address and a hint to add the date of access. Without a configured public
// address (SITE_URL) the citation says so instead of giving a relative path no one could follow.
import type { PlacedIndicator, ProgrammeModel, SiteModel } from './model.ts';
import { indicatorSourceFiles } from './indicatorPage.ts';

export interface CitationInput {
  /** Who published the data: the municipality (or municipalities, for a series across editions). */
  publishers: readonly string[];
  /** The page's subject: an indicator's label, a series' title, a programme's title. */
  title: string;
  /** Where the subject sits, e.g. the programme of an indicator. */
  within?: string;
  /** The date ("2025-01-12") the data last changed; undefined without git history. */
  dataDate?: string;
  /** The page's site path with the base ("/wskazniki/…/"), from src/lib/urls.ts. */
  path: string;
  /** The site's origin ("https://dane.example.pl"), '' when SITE_URL is not set. */
  origin: string;
}

export interface CitationWords {
  siteName: string;
  /** "stan danych na 12 stycznia 2025 r." */
  dataDate: (date: string) => string;
  /** "[dostęp: …]": the reader adds the day they read the page. */
  accessed: string;
  /** Said instead of an address when the site's public address is not configured. */
  noAddress: string;
  formatDate: (isoDate: string) => string;
}

export interface Citation {
  /** The whole citation, one line of plain text. */
  text: string;
  /** The absolute address, undefined when the public address is not configured. */
  url?: string;
  dataDate?: string;
}

/** A unique list in first-seen order, blanks dropped. */
const unique = (items: readonly string[]) => [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];

/** "Gmina Miejska Kraków. Liczba porad. W: Program…. Miernik, stan danych na … r. https://…/ [dostęp: …]." */
export function citation(input: CitationInput, words: CitationWords): Citation {
  const url = input.origin ? new URL(input.path, input.origin).href : undefined;
  const publishers = unique(input.publishers).join(', ');
  const parts = [
    publishers,
    input.title,
    input.within,
    [words.siteName, input.dataDate && words.dataDate(words.formatDate(input.dataDate))].filter(Boolean).join(', '),
    url ? `${url} ${words.accessed}` : words.noAddress,
  ].filter((part): part is string => !!part);
  const text = parts.map((p) => p.trim().replace(/[.\s]+$/, '')).join('. ') + '.';
  return { text, url, dataDate: input.dataDate };
}

/** Every content file a programme's data comes from: the programme, its goals, statistics and reports. */
export function programmeDataFiles(p: ProgrammeModel): string[] {
  return [p.file, ...p.goals.map((g) => g.file), ...(p.statistics ? [p.statistics.file] : []), ...p.reports.map((r) => r.file)].filter(
    (f) => f !== '',
  );
}

/** The content files of every member of a series, in every edition. */
export function seriesDataFiles(site: SiteModel, seriesId: string): string[] {
  return site.programmes.flatMap((p) =>
    p.indicators.filter((pi: PlacedIndicator) => pi.indicator.series === seriesId).flatMap((pi) => indicatorSourceFiles(p, pi)),
  );
}

/** The municipalities whose programmes hold a series' members, in programme order. */
export function seriesPublishers(site: SiteModel, seriesId: string): string[] {
  return unique(
    site.programmes.filter((p) => p.indicators.some((pi) => pi.indicator.series === seriesId)).map((p) => p.organisation.data.name),
  );
}
