// The Ukrainian and English variants of what residents read (content's `translations` fields): the
// text a page shows in a language, and what the checker says about the variants — which are missing
// (a warning) and which are wrong (an error: a number the Polish source does not have, a help line
// for a need the institution does not answer, a variant of a Polish text that is not there).
// The Polish field is always the source; names, addresses and numbers have only that one field.
import type { Institution } from '../schemas/institution.ts';
import type { Helpline } from '../schemas/helpline.ts';
import type { NeedId } from '../schemas/need.ts';
import type { Entry, Path } from './model.ts';

export const TRANSLATED_LANGS = ['uk', 'en'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];
export type PageLang = 'pl' | TranslatedLang;
/** A text to show and the language it is in (Polish when the content has no variant: pages mark it lang="pl"). */
export interface LocalText {
  text: string;
  lang: PageLang;
}

/** The variant when the page is in its language and the content has one; otherwise the Polish text. */
export function localText(polish: string, variant: string | undefined, lang: PageLang): LocalText {
  if (lang !== 'pl' && variant !== undefined && variant.trim() !== '') return { text: variant, lang };
  return { text: polish, lang: 'pl' };
}

/** What a page shows of content that may have variants, per language. */
type Variants<T> = { translations?: Partial<Record<TranslatedLang, T | undefined>> };
const variantOf = <T>(x: Variants<T>, lang: PageLang): T | undefined => (lang === 'pl' ? undefined : x.translations?.[lang]);

/** An institution's description in a language (undefined when it has no Polish description). */
export const descriptionIn = (inst: Institution, lang: PageLang): LocalText | undefined =>
  inst.description === undefined ? undefined : localText(inst.description, variantOf(inst, lang)?.description, lang);

/** An institution's help line for a need in a language (undefined when it does not answer the need). */
export function helpLineIn(inst: Institution, need: NeedId, lang: PageLang): LocalText | undefined {
  const entry = inst.help.find((h) => h.need === need);
  return entry && localText(entry.line, variantOf(inst, lang)?.help?.[need], lang);
}

/** A helpline's purpose in a language. */
export const purposeIn = (helpline: Helpline, lang: PageLang): LocalText =>
  localText(helpline.purpose, variantOf(helpline, lang)?.purpose, lang);

/** A programme's or goal's summary in a language (undefined when it has no Polish summary). */
export const summaryIn = (x: { summary?: string } & Variants<{ summary?: string }>, lang: PageLang): LocalText | undefined =>
  x.summary === undefined ? undefined : localText(x.summary, variantOf(x, lang)?.summary, lang);

/** One translatable text: where its Polish source is, the source itself, and each language's variant. */
export interface TranslatableField {
  file: string;
  /** The Polish field ("description", "help.2.line", "0.purpose"). */
  source: Path;
  polish: string | undefined;
  /** Where the variant in a language is written ("translations.uk.description"). */
  target: (lang: TranslatedLang) => Path;
  variant: (lang: TranslatedLang) => string | undefined;
}

/** The content the residents' texts come from. `helplines` is content/helplines.yaml (one file, a list). */
export interface TranslatableContent {
  institutions: readonly Entry<Institution>[];
  helplines?: { file: string; list: readonly Helpline[] };
  programmes: readonly Entry<{ summary: string } & Variants<{ summary?: string }>>[];
  goals: readonly Entry<{ summary?: string } & Variants<{ summary?: string }>>[];
}

const variantText = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Every text residents read that has variants, in content order (the Polish field may be absent). */
export function translatableFields(content: TranslatableContent): TranslatableField[] {
  const out: TranslatableField[] = [];
  const summary = (file: string, x: { summary?: string } & Variants<{ summary?: string }>, at: Path = []) =>
    out.push({
      file,
      source: [...at, 'summary'],
      polish: x.summary,
      target: (lang) => [...at, 'translations', lang, 'summary'],
      variant: (lang) => variantText(x.translations?.[lang]?.summary),
    });
  for (const { file, data } of content.institutions) {
    out.push({
      file,
      source: ['description'],
      polish: data.description,
      target: (lang) => ['translations', lang, 'description'],
      variant: (lang) => variantText(data.translations?.[lang]?.description),
    });
    data.help.forEach((h, i) =>
      out.push({
        file,
        source: ['help', i, 'line'],
        polish: h.line,
        target: (lang) => ['translations', lang, 'help', h.need],
        variant: (lang) => variantText(data.translations?.[lang]?.help?.[h.need]),
      }),
    );
  }
  if (content.helplines) {
    const { file, list } = content.helplines;
    list.forEach((h, i) =>
      out.push({
        file,
        source: [i, 'purpose'],
        polish: h.purpose,
        target: (lang) => [i, 'translations', lang, 'purpose'],
        variant: (lang) => variantText(h.translations?.[lang]?.purpose),
      }),
    );
  }
  for (const p of content.programmes) summary(p.file, p.data);
  for (const g of content.goals) summary(g.file, g.data);
  return out;
}

/** A variant that should be there: its Polish source has text and the language has none. */
export interface MissingTranslation {
  file: string;
  /** Where the variant goes. */
  path: Path;
  /** The Polish field it translates (the checker points at its line). */
  source: Path;
  lang: TranslatedLang;
}

/** Every missing variant, file by file in content order, Ukrainian before English within a field. */
export function missingTranslations(fields: readonly TranslatableField[]): MissingTranslation[] {
  return fields.flatMap((f) =>
    f.polish === undefined || f.polish.trim() === ''
      ? []
      : TRANSLATED_LANGS.filter((lang) => !f.variant(lang)?.trim()).map((lang) => ({
          file: f.file,
          path: f.target(lang),
          source: f.source,
          lang,
        })),
  );
}

/** Counts per language of variants written and missing. */
export function translationCounts(fields: readonly TranslatableField[]): Record<TranslatedLang, { done: number; missing: number }> {
  const missing = missingTranslations(fields);
  const count = (lang: TranslatedLang) => ({
    done: fields.filter((f) => f.polish?.trim() && f.variant(lang)?.trim()).length,
    missing: missing.filter((m) => m.lang === lang).length,
  });
  return { uk: count('uk'), en: count('en') };
}

/** Runs of digits in a text ("800 120 002" → 800, 120, 002). */
const digitRuns = (s: string) => s.match(/\d+/g) ?? [];

/**
 * The numbers of a variant its Polish source does not have: a phone number, address, hour or figure
 * re-typed differently (every run of digits of the variant must be one of the source's).
 */
export function foreignNumbers(polish: string, variant: string): string[] {
  const known = new Set(digitRuns(polish));
  return [...new Set(digitRuns(variant).filter((d) => !known.has(d)))];
}

/** A wrong variant: the checker reports it as an error at `path`. */
export interface TranslationProblem {
  file: string;
  path: Path;
  message: string;
}

const LANG_NAMES: Record<TranslatedLang, string> = { uk: 'ukraiński', en: 'angielski' };

/** Every wrong variant: foreign numbers, a variant without a Polish source, a help line for a need not in `help`. */
export function translationProblems(content: TranslatableContent): TranslationProblem[] {
  const out: TranslationProblem[] = [];
  for (const f of translatableFields(content)) {
    for (const lang of TRANSLATED_LANGS) {
      const variant = f.variant(lang);
      if (variant === undefined) continue;
      if (f.polish === undefined || f.polish.trim() === '') {
        out.push({
          file: f.file,
          path: f.target(lang),
          message: `tłumaczenie (${LANG_NAMES[lang]}) bez tekstu po polsku: najpierw wpisz pole ${f.source.join('.')}, potem jego tłumaczenie`,
        });
        continue;
      }
      const foreign = foreignNumbers(f.polish, variant);
      if (foreign.length > 0)
        out.push({
          file: f.file,
          path: f.target(lang),
          message: `tłumaczenie (${LANG_NAMES[lang]}) podaje liczbę, której nie ma w tekście po polsku (${f.source.join('.')}): ${foreign.join(', ')} — numery, adresy i liczby przepisz dokładnie z polskiego tekstu`,
        });
    }
  }
  for (const { file, data } of content.institutions) {
    const needs = new Set(data.help.map((h) => h.need));
    for (const lang of TRANSLATED_LANGS)
      for (const need of Object.keys(data.translations?.[lang]?.help ?? {}))
        if (!needs.has(need as NeedId))
          out.push({
            file,
            path: ['translations', lang, 'help', need],
            message: `instytucja nie ma odpowiedzi „${need}” na liście help — tłumaczyć można tylko istniejące linie (${[...needs].join(', ') || 'brak'})`,
          });
  }
  return out;
}
