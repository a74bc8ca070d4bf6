// The Ukrainian and English variants of residents' texts: what a page shows in each language, which
// variants the checker lists as missing, and which it refuses (numbers the Polish source does not
// have, help lines for needs the institution does not answer) — on small inputs, on the fixture's
// partly translated institution, and on the real content.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { translatableContent, untranslatedReport } from '../../scripts/check/translations.ts';
import {
  descriptionIn,
  foreignNumbers,
  helpLineIn,
  localText,
  missingTranslations,
  purposeIn,
  summaryIn,
  translatableFields,
  translationCounts,
  translationProblems,
  type TranslatableContent,
} from '../../src/lib/translations.ts';
import { buildSite } from '../../src/lib/model.ts';
import { institution as institutionSchema } from '../../src/schemas/institution.ts';
import { helpline as helplineSchema } from '../../src/schemas/helpline.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const inst = institutionSchema.parse({
  name: 'Ośrodek Testowy',
  organisation: 'demo',
  description: 'Schronienie: 10 miejsc.',
  help: [
    { need: 'teraz', rank: 1, line: 'Całodobowo: 10 miejsc.' },
    { need: 'rozmowa', rank: 2, line: 'Porady.' },
  ],
  translations: { uk: { description: 'Притулок: 10 місць.', help: { teraz: 'Цілодобово: 10 місць.' } }, en: {} },
});
const line = helplineSchema.parse({
  id: 'niebieska-linia',
  name: 'Niebieska Linia',
  number: '800 120 002',
  purpose: 'dla osób doznających przemocy domowej',
  source: 'Komunikat',
  checked: '2026-12-01',
  translations: { en: { purpose: 'for people experiencing domestic violence' } },
});

describe('localText', () => {
  it('gives the variant on a page in its language, and the Polish text, marked Polish, everywhere else', () => {
    expect(localText('Pomoc', 'Допомога', 'uk')).toEqual({ text: 'Допомога', lang: 'uk' });
    expect(localText('Pomoc', 'Help', 'en')).toEqual({ text: 'Help', lang: 'en' });
    expect(localText('Pomoc', 'Допомога', 'pl')).toEqual({ text: 'Pomoc', lang: 'pl' });
    expect(localText('Pomoc', undefined, 'uk')).toEqual({ text: 'Pomoc', lang: 'pl' });
    expect(localText('Pomoc', ' ', 'en')).toEqual({ text: 'Pomoc', lang: 'pl' });
  });

  it('reads the variants of institutions, helplines and summaries', () => {
    expect(descriptionIn(inst, 'uk')).toEqual({ text: 'Притулок: 10 місць.', lang: 'uk' });
    expect(descriptionIn(inst, 'en')).toEqual({ text: 'Schronienie: 10 miejsc.', lang: 'pl' });
    expect(descriptionIn({ ...inst, description: undefined }, 'uk')).toBeUndefined();
    expect(helpLineIn(inst, 'teraz', 'uk')).toEqual({ text: 'Цілодобово: 10 місць.', lang: 'uk' });
    expect(helpLineIn(inst, 'rozmowa', 'en')).toEqual({ text: 'Porady.', lang: 'pl' });
    expect(helpLineIn(inst, 'zmiana', 'uk')).toBeUndefined();
    expect(purposeIn(line, 'en')).toEqual({ text: 'for people experiencing domestic violence', lang: 'en' });
    expect(purposeIn(line, 'uk')).toEqual({ text: 'dla osób doznających przemocy domowej', lang: 'pl' });
    const goal = { summary: 'Miasto chce…', translations: { en: { summary: 'The city wants…' } } };
    expect(summaryIn(goal, 'en')).toEqual({ text: 'The city wants…', lang: 'en' });
    expect(summaryIn(goal, 'uk')).toEqual({ text: 'Miasto chce…', lang: 'pl' });
    expect(summaryIn({}, 'en')).toBeUndefined();
  });
});

const content = (over: Partial<TranslatableContent> = {}): TranslatableContent => ({
  institutions: [{ id: 'ot', file: 'institutions/ot.yaml', data: inst }],
  helplines: { file: 'helplines.yaml', list: [line] },
  programmes: [],
  goals: [{ id: 'p/1', file: 'p/goals/1.mdx', data: {} }],
  ...over,
});

describe('missing translations', () => {
  it('lists each Polish text without a variant, per language, where the variant goes', () => {
    expect(missingTranslations(translatableFields(content())).map((m) => [m.file, m.path.join('.'), m.source.join('.'), m.lang])).toEqual([
      ['institutions/ot.yaml', 'translations.en.description', 'description', 'en'],
      ['institutions/ot.yaml', 'translations.en.help.teraz', 'help.0.line', 'en'],
      ['institutions/ot.yaml', 'translations.uk.help.rozmowa', 'help.1.line', 'uk'],
      ['institutions/ot.yaml', 'translations.en.help.rozmowa', 'help.1.line', 'en'],
      ['helplines.yaml', '0.translations.uk.purpose', '0.purpose', 'uk'],
    ]);
    // The goal has no Polish summary: nothing to translate, nothing missing.
    expect(translationCounts(translatableFields(content()))).toEqual({ uk: { done: 2, missing: 2 }, en: { done: 1, missing: 3 } });
  });
});

describe('wrong translations', () => {
  it('finds numbers a variant has and its Polish source does not', () => {
    expect(foreignNumbers('Zadzwoń: 800 120 002', 'Call 800 120 002')).toEqual([]);
    expect(foreignNumbers('Zadzwoń: 800 120 002', 'Call 800 120 020')).toEqual(['020']);
    expect(foreignNumbers('codziennie w godzinach 16–21', 'daily 16:00–21:00')).toEqual(['00']);
    expect(foreignNumbers('ul. Krakowska 19', 'вул. Krakowska 91, 91')).toEqual(['91']);
    expect(foreignNumbers('całodobowo', '24 hours a day')).toEqual(['24']);
  });

  it('refuses a re-typed number, a variant without a Polish text and a help line for a need not in help', () => {
    const wrong = institutionSchema.parse({
      ...inst,
      description: undefined,
      translations: { uk: { description: 'Опис', help: { teraz: 'Цілодобово: 12 місць.', zmiana: 'Програма.' } } },
    });
    expect(translationProblems(content({ institutions: [{ id: 'ot', file: 'institutions/ot.yaml', data: wrong }] }))).toEqual([
      expect.objectContaining({ path: ['translations', 'uk', 'description'], message: expect.stringContaining('bez tekstu po polsku') }),
      expect.objectContaining({ path: ['translations', 'uk', 'help', 'teraz'], message: expect.stringContaining(': 12 — numery') }),
      expect.objectContaining({
        path: ['translations', 'uk', 'help', 'zmiana'],
        message: expect.stringContaining('nie ma odpowiedzi „zmiana”'),
      }),
    ]);
  });
});

describe('the checker on the fixture', () => {
  const P = 'institutions/punkt-demo.yaml';

  it('lists the partly translated institution’s missing variants at their Polish lines, never as errors or warnings', () => {
    const dir = broken();
    const { errors, warnings, untranslated } = checkContent(dir, dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file === P)).toEqual([]);
    expect(untranslated.filter((u) => u.file === P).map((u) => [u.line, u.path, u.lang])).toEqual([
      [lineOf(dir, P, 'description: "Punkt'), 'translations.en.description', 'en'],
      [lineOf(dir, P, 'line: "Porady prawne'), 'translations.uk.help.sprawy-urzedowe', 'uk'],
      [lineOf(dir, P, 'line: "Porady prawne'), 'translations.en.help.sprawy-urzedowe', 'en'],
    ]);
    // Grouped per file, with a count per language; the rest of the fixture has no variants at all.
    const report = untranslatedReport(untranslated);
    const files = new Set(untranslated.map((u) => u.file));
    expect(report.split('\n\n')).toHaveLength(files.size + 1);
    expect(report).toContain(
      `${P}:${lineOf(dir, P, 'description: "Punkt')}:14  translations.en.description  ostrzeżenie: brak tłumaczenia`,
    );
    const uk = untranslated.filter((u) => u.lang === 'uk').length;
    expect(report.split('\n').at(-1)).toBe(
      `Brak tłumaczeń: ${untranslated.length} (uk: ${uk}, en: ${untranslated.length - uk}) w ${files.size} plikach (nie blokują publikacji; zob. docs/tlumaczenia.md).`,
    );
  });

  it('keeps the variants in the site model the pages read', () => {
    const dir = broken();
    const site = buildSite(checkContent(dir, dir).raw);
    const punkt = site.institutions.find((i) => i.id === 'punkt-demo')!;
    expect(helpLineIn(punkt.data, 'rozmowa', 'en')).toEqual({ text: 'Psychological advice: 2 sessions a week.', lang: 'en' });
    expect(descriptionIn(punkt.data, 'uk')?.lang).toBe('uk');
    expect(descriptionIn(punkt.data, 'en')?.lang).toBe('pl');
  });

  it('npm run check prints the list after the summary and still exits 0', () => {
    const dir = broken();
    const run = spawnSync(process.execPath, [resolve('scripts/check-content.ts'), dir], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Treść poprawna: [^\n]*\n\n[\s\S]*institutions\/punkt-demo\.yaml:\d+:\d+ {2}translations\.en\.description[\s\S]*\nBrak tłumaczeń: \d+ /,
    );
  }, 30_000); // a whole check in a child process: slow on a loaded machine

  it('refuses a variant with a number the Polish text does not have, and a help line for a need not in help, at their lines', () => {
    const dir = broken(
      [P, '2 sessions a week.', '3 sessions a week.'],
      [P, '  en:\n    help:\n', '  en:\n    help:\n      zmiana: "A programme."\n'],
    );
    const { errors } = checkContent(dir, dir);
    expect(errors.map((e) => [e.file, e.line, e.path])).toEqual([
      [P, lineOf(dir, P, 'zmiana: "A programme'), 'translations.en.help.zmiana'],
      [P, lineOf(dir, P, '3 sessions a week'), 'translations.en.help.rozmowa'],
    ]);
    expect(errors[1]!.message).toContain('podaje liczbę, której nie ma w tekście po polsku (help.0.line): 3');
  });
});

describe('the real content', () => {
  const root = resolve('.');
  const result = checkContent(resolve('content'), root);
  const fields = translatableFields(translatableContent(resolve('content'), root, result.raw));

  it('has every resident text in Ukrainian and English', () => {
    expect(result.errors).toEqual([]);
    expect(result.untranslated).toEqual([]);
    const counts = translationCounts(fields);
    // 21 descriptions, 24 help lines, 4 helpline purposes, 4 programme and 16 goal summaries.
    expect(counts).toEqual({ uk: { done: 69, missing: 0 }, en: { done: 69, missing: 0 } });
  });

  it('never re-types a number: every run of digits of a variant is in its Polish source', () => {
    let checked = 0;
    for (const f of fields)
      for (const lang of ['uk', 'en'] as const) {
        const variant = f.variant(lang);
        if (variant === undefined) continue;
        const polishRuns = f.polish!.split(/\D+/).filter(Boolean);
        for (const run of variant.split(/\D+/).filter(Boolean))
          expect(polishRuns, `${f.file} ${f.target(lang).join('.')}: ${run}`).toContain(run);
        checked++;
      }
    expect(checked).toBe(138);
  });
});
