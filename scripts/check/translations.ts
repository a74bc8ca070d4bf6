// The Ukrainian and English variants of residents' texts (see src/lib/translations.ts): wrong ones
// are errors (checkContent adds them to the errors), missing ones a list printed after the check's
// report, by `npm run check` and by the build — they never stop publication (the page then shows
// the Polish text, marked as Polish).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { helplines as helplinesSchema } from '../../src/schemas/helpline.ts';
import { plural } from '../../src/lib/format.ts';
import {
  TRANSLATED_LANGS,
  missingTranslations,
  translatableFields,
  translationProblems,
  type MissingTranslation,
  type TranslatableContent,
  type TranslationProblem,
} from '../../src/lib/translations.ts';
import type { RawContent } from '../../src/lib/model.ts';
import { formatErrors, type Located } from './checkContent.ts';
import { HELPLINES_FILE } from './residents.ts';

/** The residents' texts of a checked content folder (helplines.yaml only when it is valid). */
export function translatableContent(contentDir: string, cwd: string, raw: RawContent): TranslatableContent {
  const full = join(contentDir, HELPLINES_FILE);
  let helplines: TranslatableContent['helplines'];
  if (existsSync(full)) {
    try {
      const parsed = helplinesSchema.safeParse(parse(readFileSync(full, 'utf8')));
      if (parsed.success) helplines = { file: relative(cwd, full).split(sep).join('/'), list: parsed.data };
    } catch {
      // An unreadable helplines.yaml is reported where it is read (checkContent.ts).
    }
  }
  return { institutions: raw.institutions, helplines, programmes: raw.programmes, goals: raw.goals };
}

/** The checker's findings on variants: errors, and the missing ones. */
export function translationFindings(
  contentDir: string,
  cwd: string,
  raw: RawContent,
): { problems: TranslationProblem[]; missing: MissingTranslation[] } {
  const content = translatableContent(contentDir, cwd, raw);
  return { problems: translationProblems(content), missing: missingTranslations(translatableFields(content)) };
}

export const LANG_LABELS = { uk: 'ukraiński (uk)', en: 'angielski (en)' } as const;

/** The message of one missing variant. */
export const missingMessage = (m: MissingTranslation) =>
  `brak tłumaczenia: ${LANG_LABELS[m.lang]} pola ${m.source.join('.')} — strona /${m.lang}/ pokazuje tu tekst po polsku`;

/**
 * What `npm run check` and the build print after the report: the missing variants grouped per
 * file (a blank line between files), then how many are missing per language. Empty when none are.
 */
export function untranslatedReport(untranslated: readonly (Located & { lang: string })[]): string {
  if (untranslated.length === 0) return '';
  const files = [...new Set(untranslated.map((u) => u.file))];
  const groups = files.map((file) =>
    formatErrors(untranslated.filter((u) => u.file === file).map((u) => ({ ...u, message: `ostrzeżenie: ${u.message}` }))),
  );
  const perLang = TRANSLATED_LANGS.map((lang) => `${lang}: ${untranslated.filter((u) => u.lang === lang).length}`).join(', ');
  const summary = `Brak tłumaczeń: ${untranslated.length} (${perLang}) w ${plural(files.length, { one: 'pliku', few: 'plikach', many: 'plikach' })} (nie blokują publikacji; zob. docs/tlumaczenia.md).`;
  return `${groups.join('\n\n')}\n\n${summary}`;
}
