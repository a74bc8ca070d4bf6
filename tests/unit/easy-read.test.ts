// The easy-to-read rules (src/lib/easyRead.ts), the page strings they govern (src/i18n/easyRead.pl.ts),
// the real content written by them, and the checker's errors on broken copies of the fixture.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { MAX_SENTENCE_WORDS, headingProblems, sentences, textProblems, words, type EasyReadRule } from '../../src/lib/easyRead.ts';
import { easyReadStrings, easyReadText } from '../../src/i18n/easyRead.pl.ts';
import { easyRead } from '../../src/schemas/easyRead.ts';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);
const rules = (text: string, options = {}) => textProblems(text, options).map((p) => p.rule);

describe('sentences and words', () => {
  it('splits after . ? ! before a capital letter or a digit, and counts words without dashes', () => {
    expect(sentences('Program ma 5 celów. Czy to dużo? 3 cele są dla dzieci!')).toEqual([
      'Program ma 5 celów.',
      'Czy to dużo?',
      '3 cele są dla dzieci!',
    ]);
    expect(sentences('To jest zdanie.\n  Drugie zdanie.')).toHaveLength(2);
    expect(words('Program jest na lata 2024–2030 – tak.')).toEqual(['Program', 'jest', 'na', 'lata', '2024–2030', 'tak.']);
  });
});

describe('the rules, each on a sentence that breaks it and one that does not', () => {
  const cases: [EasyReadRule, string, string][] = [
    ['one-sentence', 'Program jest dla miasta. Pomaga rodzinom.', 'Program jest dla miasta.'],
    [
      'too-long',
      'Program mówi, jak miasto chce pomagać ludziom, którzy doznają przemocy w domu, w pracy i w szkole.',
      'Program mówi, jak miasto chce pomagać ludziom.',
    ],
    ['parentheses', 'Ośrodek pomaga (także w nocy).', 'Ośrodek pomaga także w nocy.'],
    ['semicolon', 'Ośrodek pomaga; daje schronienie.', 'Ośrodek pomaga i daje schronienie.'],
    ['percent', 'To 50% rodzin.', 'To co druga rodzina.'],
    ['percent', 'To 50 procent rodzin.', 'To połowa rodzin.'],
    ['big-number', 'Program kosztuje 1 230 830 złotych.', 'Program kosztuje dużo pieniędzy.'],
    ['big-number', 'Miasto wyda 12000 złotych.', 'Program jest na lata od 2024 do 2030.'],
    ['big-number', 'Pomoc dostało tysiąc osób.', 'Pomoc dostało wiele osób.'],
    ['big-number', 'Ośrodek ma 120 002 miejsca.', 'Zadzwoń pod numer 800 120 002.'],
    ['number-word', 'Program ma trzy cele.', 'Program ma 3 cele.'],
    ['number-word', 'Dla dwóch rodzin.', 'Dla 2 rodzin.'],
    ['abbreviation', 'Pomaga MOPS.', 'Pomaga ośrodek pomocy społecznej.'],
    ['abbreviation', 'Pomaga np. ośrodek.', 'Pomaga na przykład ośrodek.'],
    ['abbreviation', 'Program jest na 2024 r.', 'Program jest na rok 2024.'],
    ['abbreviation', 'Koszt to 5 zł.', 'Koszt to 5 złotych.'],
    ['abbreviation', 'To cel II.', 'To cel numer 2.'],
  ];
  it.each(cases)('%s: %s', (rule, bad, good) => {
    expect(rules(bad)).toContain(rule);
    expect(rules(good)).toEqual([]);
  });

  it('counts up to MAX_SENTENCE_WORDS words as short, one more as long', () => {
    const sentence = (n: number) => `${Array.from({ length: n }, () => 'słowo').join(' ')}.`;
    expect(rules(sentence(MAX_SENTENCE_WORDS))).toEqual([]);
    expect(textProblems(sentence(MAX_SENTENCE_WORDS + 1))).toEqual([
      expect.objectContaining({ rule: 'too-long', message: expect.stringContaining(`ma ${MAX_SENTENCE_WORDS + 1} słów`) }),
    ]);
  });

  it('allows an abbreviation the text explains, and refuses the glossary’s dotted ones', () => {
    expect(rules('Pomaga MOPS.', { explained: ['MOPS'] })).toEqual([]);
    expect(rules('Zgodnie z Dz. U. z 2023.', { glossary: ['Dz. U.'] })).toContain('abbreviation');
    expect(rules('Pełnomocnik ds. rodziny.')).toContain('abbreviation');
    // Words that merely contain a short form are not short forms.
    expect(rules('Ordynacja, nrowie i zła pogoda.')).toEqual([]);
  });

  it('wants headings to be questions', () => {
    expect(headingProblems('Co to jest program?')).toEqual([]);
    expect(headingProblems('Cele programu').map((p) => p.rule)).toEqual(['heading-question']);
  });
});

describe('the page strings and the real content follow the rules', () => {
  it('every string of src/i18n/easyRead.pl.ts, and every heading is a question', () => {
    for (const s of easyReadStrings()) expect(textProblems(s), s).toEqual([]);
    const headings = [
      easyReadText.help.heading,
      easyReadText.exit.heading,
      easyReadText.contact.heading,
      easyReadText.programmes.heading,
      easyReadText.programme.helpers,
      easyReadText.programme.fullHeading,
      easyReadText.words,
    ];
    for (const h of headings) expect(headingProblems(h), h).toEqual([]);
  });

  it('the real content has an easy-to-read file for the site and for every programme, each valid', () => {
    const programmes = readdirSync('content/programmes');
    const files = ['content/easy-read.yaml', ...programmes.map((p) => `content/programmes/${p}/easy-read.yaml`)];
    for (const file of files) expect(easyRead.safeParse(parse(readFileSync(file, 'utf8'))).success, file).toBe(true);
    const { errors } = checkContent('content');
    expect(errors.filter((e) => e.file.endsWith('easy-read.yaml'))).toEqual([]);
  });
});

describe('the checker on easy-to-read files', () => {
  const E = 'programmes/demo-2024-2026/easy-read.yaml';
  const check = (dir: string) => checkContent(dir, dir).errors.filter((e) => e.file.endsWith('easy-read.yaml'));

  it('the fixture is clean', () => {
    expect(check(broken())).toEqual([]);
  });

  it('reports each broken rule at its line and field', () => {
    const dir = broken(
      [E, '      - Program ma 2 cele.', '      - Program ma dwa cele (I i II).'],
      [E, '  - question: Co chce zrobić miasto?', '  - question: Cele miasta'],
    );
    const errors = check(dir);
    const line = lineOf(dir, E, 'Program ma dwa cele');
    expect(errors.filter((e) => e.path === 'sections.1.text.0').map((e) => [e.line, e.message])).toEqual([
      [line, 'tekst łatwy do czytania: nawias w tekście łatwym do czytania: to, co jest w nawiasie, napisz w osobnym zdaniu'],
      [line, 'tekst łatwy do czytania: liczbę „dwa” napisz cyfrą, nie słowem'],
      [line, 'tekst łatwy do czytania: skrót „II” bez wyjaśnienia: napisz pełne słowa albo wyjaśnij skrót w liście words'],
    ]);
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'sections.1.question',
        line: lineOf(dir, E, 'Cele miasta'),
        message: 'tekst łatwy do czytania: nagłówek „Cele miasta” nie jest pytaniem: zakończ go znakiem „?”',
      }),
    );
  });

  it('refuses an unknown institution and an explained word the text does not use', () => {
    const dir = broken(
      [E, 'institution: osrodek-demo', 'institution: osrodek-nieznany'],
      [E, '  - word: program\n', '  - word: ośrodek pomocy\n'],
    );
    const errors = check(dir);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: E, path: 'helpers.0.institution', line: lineOf(dir, E, 'osrodek-nieznany') }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: E,
        path: 'words.0.word',
        message: 'tekst łatwy do czytania: słowo „ośrodek pomocy” nie występuje w tekście: popraw inText albo usuń je z listy words',
      }),
    );
  });

  it('refuses a missing question heading and an unknown key by the schema', () => {
    const errors = check(broken([E, '  - question: Na ile lat jest ten program?\n', '  - pytanie: Na ile lat jest ten program?\n']));
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['sections.0.question', 'sections.0.pytanie']));
  });
});
