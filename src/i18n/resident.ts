// The resident's part of the interface, in every language of the site. uk.ts and en.ts have this
// exact shape (a missing key fails the typecheck); Polish is pl.ts itself. `TranslatedPages` is the
// prose of the pages that exist only as translations' own texts (the Polish pages keep theirs).
import { t, type Dictionary } from './pl.ts';
import type { PageLang, TranslatedLang } from '../lib/translations.ts';
import { en, enPages } from './en.ts';
import { uk, ukPages } from './uk.ts';

/** The keys of pl.ts a resident's page shows: chrome, quick exit, help, helplines, search, 404. */
export type ResidentDictionary = Pick<
  Dictionary,
  | 'siteName'
  | 'siteTagline'
  | 'skipToContent'
  | 'externalLink'
  | 'quickExit'
  | 'mainNav'
  | 'languages'
  | 'search'
  | 'breadcrumb'
  | 'footerNav'
  | 'nav'
  | 'emergency'
  | 'helplines'
  | 'help'
  | 'notFound'
  | 'unknownFact'
>;

/** Texts of the translated pages that the Polish site words in its own pages. */
export interface TranslatedPages {
  /** What a translated page says about documents (goals, indicators, budgets): they stay Polish. */
  documentsNote: string;
  /** Link text to the Polish version of the page. */
  polishVersion: string;
  home: {
    title: string;
    lead: string;
    helpIntro: string;
    helpLink: string;
    programmes: string;
    programmesIntro: string;
  };
  helpDescription: string;
  searchDescription: string;
  programme: {
    title: (title: string) => string;
    description: (title: string) => string;
    period: string;
    organisation: string;
    summary: string;
    summaryNote: string;
    goals: string;
    goal: (id: string) => string;
    fullText: string;
  };
  safety: {
    title: string;
    description: string;
    lead: string;
    exitTitle: string;
    exitText: string;
    exitWarning: string;
    exitBack: string;
    privateTitle: string;
    privateText: string;
    privateSteps: string[];
    historyTitle: string;
    historyText: string;
    historySteps: string[];
    privacyTitle: string;
    privacyText: string;
    deviceText: string;
  };
  accessibility: {
    description: string;
    intro: (publisher: string, url: string) => string;
    published: string;
    updated: string;
    statusTitle: string;
    status: string;
    preparedTitle: string;
    prepared: string;
    contactTitle: string;
    person: string;
    email: string;
    phone: string;
    procedureTitle: string;
    procedure: string;
    buildingTitle: string;
    building: string;
    appsTitle: string;
    apps: string;
  };
  /** The root 404 page's pointer to the other languages. */
  otherLanguages: string;
}

const dictionaries: Record<PageLang, ResidentDictionary> = { pl: t, uk, en };
const pageTexts: Record<TranslatedLang, TranslatedPages> = { uk: ukPages, en: enPages };

/** The resident's interface text in a language. */
export const residentText = (lang: PageLang): ResidentDictionary => dictionaries[lang];
/** The translated pages' texts in a language. */
export const pageText = (lang: TranslatedLang): TranslatedPages => pageTexts[lang];
