// Reading content files: one broken copy of the fixture per class of mistake in how a file is
// read (encoding, characters, frontmatter fences, YAML the build would read differently, links,
// hidden and misplaced files, MDX syntax). Each runs `npm run check` for real and asserts the exit
// code, the file, the line, the field and the message — and that no stack trace is printed. Where
// the file is one the build's loaders read, the loader must refuse it at the same file and line.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { entryInfo } from '../../src/contentLoaders.ts';
import { ContentReadError } from '../../src/lib/readYaml.ts';
import { brokenFixture, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const P = 'programmes/demo-2024-2026';
const INDEX = `${P}/index.mdx`;
const GOAL = `${P}/goals/1.mdx`;
const REPORT = `${P}/reports/2024.mdx`;
const INST = 'institutions/osrodek-demo.yaml';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const write = (dir: string, file: string, text: string | Uint8Array) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
/** Windows-1250 bytes of a text (only the Polish letters the fixture uses differ from ASCII). */
const cp1250 = (text: string) => {
  const map: Record<string, number> = {
    ą: 0xb9,
    ę: 0xea,
    ł: 0xb3,
    ó: 0xf3,
    ś: 0x9c,
    ż: 0xbf,
    ź: 0x9f,
    ć: 0xe6,
    ń: 0xf1,
    Ś: 0x8c,
    Ł: 0xa3,
    Ż: 0xaf,
  };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
};

interface Case {
  /** What the editor did. */
  name: string;
  /** The same in Polish, a heading in docs/bledy-odczytu.md. */
  pl: string;
  /** Its section in docs/bledy-odczytu.md. */
  group: string;
  /** Makes the broken copy; returns the file the problem is in, relative to the copy. */
  make(dir: string): string;
  /** The line of the problem: a number, or the first line containing this text. */
  line: number | string;
  path: string;
  message: RegExp;
  /** Text that must not appear anywhere in the output (a leak, an unhelpful hint). */
  never?: RegExp;
  /** The build's loader reads this file and must refuse it at the same line. */
  loader?: boolean;
}

const edit = (file: string, from: string, to: string) => (dir: string) => {
  const text = read(dir, file);
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  write(dir, file, text.replace(from, to));
  return file;
};

let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
for (const [i, k] of [...'bcdefghi'].entries()) bomb += `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]\n`;

const cases: Case[] = [
  // 1. One parser, one reading: what js-yaml would have read differently is refused by both.
  {
    name: 'a %YAML 1.1 directive',
    pl: 'Dyrektywa %YAML 1.1',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: (d) => (write(d, INST, `%YAML 1.1\n---\n${read(d, INST)}`), INST),
    line: 1,
    path: '(YAML)',
    message: /dyrektywa „%YAML 1.1” jest niedozwolona — usuń tę linię/,
    loader: true,
  },
  {
    name: 'a %TAG directive',
    pl: 'Dyrektywa %TAG',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: (d) => (write(d, INST, `%TAG !m! tag:miernik:\n---\n${read(d, INST)}`), INST),
    line: 1,
    path: '(YAML)',
    message: /dyrektywa „%TAG !m! tag:miernik:” jest niedozwolona/,
    loader: true,
  },
  {
    name: 'a custom tag (!wazne)',
    pl: 'Własny znacznik (!wazne)',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: edit(INST, 'name: Ośrodek', 'name: !wazne Ośrodek'),
    line: '!wazne',
    path: '(YAML)',
    message: /znacznik typu „!wazne” jest niedozwolony — usuń go/,
    loader: true,
  },
  {
    name: 'a standard tag that turns text into bytes (!!binary)',
    pl: 'Znacznik typu (!!binary, !!str…)',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: edit(INST, 'shortName: OT', 'shortName: !!binary T1Q='),
    line: '!!binary',
    path: '(YAML)',
    message: /znacznik typu „!!binary”/,
    loader: true,
  },
  {
    name: 'a control character pasted from Word',
    pl: 'Znak sterujący wklejony z Worda',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: edit(INST, 'name: Ośrodek Testowy', 'name: Ośrodek\x07 Testowy'),
    line: 'name:',
    path: '(YAML)',
    message: /U\+0007 \(znak sterujący\)/,
    loader: true,
  },
  {
    name: 'a tag in MDX frontmatter',
    pl: 'Znacznik w nagłówku pliku .mdx',
    group: 'Jeden sposób czytania YAML (to, co sprawdzenie przepuszcza, budowanie czyta tak samo)',
    make: edit(INDEX, 'periodStart: 2024', 'periodStart: !!str 2024'),
    line: '!!str',
    path: '(YAML)',
    message: /znacznik typu „!!str”/,
    loader: true,
  },
  // 2. Crashes and leaks.
  {
    name: 'a YAML alias bomb',
    pl: '„Bomba” odwołań *kotwica',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (write(d, INST, `${read(d, INST)}${bomb}`), INST),
    line: 'd: &d',
    path: '(YAML)',
    message: /ponad 20 odwołań „\*…” do kotwic „&…” — wpisz wartości wprost/,
    loader: true,
  },
  {
    name: '20 000-deep nesting',
    pl: '20 000 poziomów nawiasów',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (write(d, INST, `${read(d, INST)}extra: ${'['.repeat(20000)}${']'.repeat(20000)}\n`), INST),
    line: 'extra',
    path: '(YAML)',
    message: /zbyt głębokie zagnieżdżenie/,
    loader: true,
  },
  {
    name: '40-deep nesting (parses, but deeper than any content type)',
    pl: 'Zagnieżdżenie głębsze niż w jakimkolwiek typie treści',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (write(d, INST, `${read(d, INST)}extra: ${'['.repeat(40)}${']'.repeat(40)}\n`), INST),
    line: 'extra',
    path: '(YAML)',
    message: /zbyt głębokie zagnieżdżenie \(ponad 32 poziomy\)/,
    loader: true,
  },
  {
    name: 'a symlink loop',
    pl: 'Dowiązanie symboliczne do samego siebie',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (symlinkSync('petla.yaml', join(d, 'institutions/petla.yaml')), 'institutions/petla.yaml'),
    line: 1,
    path: '(plik)',
    message: /dowiązanie symboliczne tworzy pętlę/,
  },
  {
    name: 'a folder symlink back to its parent',
    pl: 'Dowiązanie do folderu nadrzędnego (pętla)',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (symlinkSync('..', join(d, `${P}/goals/wstecz`)), `${P}/goals/wstecz`),
    line: 1,
    path: '(plik)',
    message: /do folderu nadrzędnego tworzy pętlę/,
  },
  {
    name: 'a symlink to a file outside content/ (/etc/passwd)',
    pl: 'Dowiązanie do pliku spoza content/ (np. /etc/passwd; jego treść nie jest wypisywana)',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (symlinkSync('/etc/passwd', join(d, 'institutions/hasla.yaml')), 'institutions/hasla.yaml'),
    line: 1,
    path: '(plik)',
    message: /prowadzi poza folder content\/ — takich plików nie czytamy/,
    never: /root:|nologin/,
  },
  {
    name: 'a dangling symlink',
    pl: 'Dowiązanie do nieistniejącego pliku',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (symlinkSync('nie-ma.yaml', join(d, 'institutions/zgubiony.yaml')), 'institutions/zgubiony.yaml'),
    line: 1,
    path: '(plik)',
    message: /do pliku, którego nie ma/,
  },
  {
    name: 'a Windows-1250 file',
    pl: 'Plik zapisany w Windows-1250',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (write(d, INST, cp1250(read(d, INST))), INST),
    line: 1,
    path: '(plik)',
    message: /nie jest zapisany w UTF-8 \(wygląda na Windows-1250.*zapisz plik w UTF-8/,
    never: /O\uFFFDrodek/,
    loader: true,
  },
  {
    name: 'a UTF-16 file',
    pl: 'Plik zapisany w UTF-16',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: (d) => (write(d, INST, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(d, INST), 'utf16le')])), INST),
    line: 1,
    path: '(plik)',
    message: /UTF-16 — zapisz plik w UTF-8/,
    loader: true,
  },
  {
    name: 'a huge value in a wrong place (never echoed whole)',
    pl: 'Bardzo długa wartość w złym miejscu (pokazany jest tylko początek)',
    group: 'Pliki, które wcześniej wywracały program albo ujawniały cudze pliki',
    make: edit(INDEX, 'periodStart: 2024', `periodStart: "${'2024 '.repeat(2000)}"`),
    line: 'periodStart',
    path: 'periodStart',
    message: /oczekiwano liczby, otrzymano „(2024 ){11}2024…”/,
    never: /(2024 ){20}/,
  },
  // 3. Unclear messages.
  {
    name: 'a missing closing ---',
    pl: 'Brak zamykającej linii „---”',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(REPORT, '---\nNarracja', 'Narracja'),
    line: 1,
    path: '(plik)',
    message: /nagłówek YAML otwarty w linii 1 nie ma zamykającej linii „---” — dopisz linię „---” po ostatnim polu/,
    loader: true,
  },
  {
    name: 'a blank line before ---',
    pl: 'Pusta linia przed „---”',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: (d) => (write(d, REPORT, `\n${read(d, REPORT)}`), REPORT),
    line: 1,
    path: '(plik)',
    message: /przed linią „---” jest pusta linia — usuń je/,
    loader: true,
  },
  {
    name: 'four dashes opening the frontmatter',
    pl: 'Cztery kreski „----” na początku',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: (d) => (write(d, REPORT, `-${read(d, REPORT)}`), REPORT),
    line: 1,
    path: '(plik)',
    message: /otwiera linia „----” \(4 kreski\) — nagłówek otwierają i zamykają dokładnie trzy kreski/,
    loader: true,
  },
  {
    name: 'four dashes closing the frontmatter',
    pl: 'Cztery kreski „----” na końcu nagłówka',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(REPORT, '---\nNarracja', '----\nNarracja'),
    line: '----',
    path: '(plik)',
    message: /zamyka linia „----” — napisz dokładnie trzy kreski/,
    loader: true,
  },
  {
    name: 'a zero-width space in an id',
    pl: 'Spacja o zerowej szerokości (pokazana jako U+200B)',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(GOAL, 'institution: osrodek-demo', 'institution: osrodek\u200b-demo'),
    line: 'institution: osrodek',
    path: '(YAML)',
    message: /U\+200B \(spacja o zerowej szerokości\) w „.*osrodek‹U\+200B›-demo”/,
    loader: true,
  },
  {
    name: 'a bidi override that shows "592" as "295"',
    pl: 'Znak odwracający kierunek (U+202E: „592” wygląda jak „295”)',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(GOAL, 'text: "Liczba porad – 1200"', 'text: "Liczba porad – \u202E592\u202C"'),
    line: 'Liczba porad – \u202E',
    path: '(YAML)',
    message: /U\+202E \(wymuszenie kierunku od prawej do lewej.*U\+202C/,
    loader: true,
  },
  {
    name: 'raw HTML left open in a body',
    pl: 'Niezamknięty znacznik HTML w treści',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(INDEX, 'Tekst programu.', 'Tekst <div>programu.'),
    line: 'Tekst <div>',
    path: '(treść)',
    message: /błąd składni MDX: znacznik <div> nie jest zamknięty — dopisz <\/div>/,
  },
  {
    name: 'an HTML comment in a body',
    pl: 'Komentarz HTML w treści',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(INDEX, 'Tekst programu.', '<!-- do poprawy -->\nTekst programu.'),
    line: '<!--',
    path: '(treść)',
    message:
      /komentarz HTML „<!-- … -->” nie działa w treści MDX — usuń go; notatkę dla redakcji wpisz w nagłówku YAML jako linię zaczynającą się od „#”/,
    never: /\{\/\*/,
  },
  {
    name: 'a <br> without a slash',
    pl: '<br> bez ukośnika',
    group: 'Nagłówek „---”, niewidoczne znaki i treść MDX',
    make: edit(INDEX, 'Tekst programu.', 'Tekst<br>programu.'),
    line: '<br>',
    path: '(treść)',
    message: /znacznik <br> trzeba zamknąć ukośnikiem: napisz <br \/>/,
  },
  // 4. Silently ignored files.
  {
    name: 'a hidden file',
    pl: 'Plik ukryty (.nowa-instytucja.yaml) — błąd',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, 'institutions/.nowa-instytucja.yaml', read(d, INST)), 'institutions/.nowa-instytucja.yaml'),
    line: 1,
    path: '(plik)',
    message:
      /plik ukryty \(nazwa zaczyna się od kropki\) nie zostanie ani sprawdzony, ani opublikowany — usuń kropkę z nazwy \(„nowa-instytucja.yaml”\)/,
  },
  {
    name: 'a hidden folder',
    pl: 'Folder ukryty (programmes/.szkic/) — błąd',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, 'programmes/.szkic/index.mdx', read(d, INDEX)), 'programmes/.szkic'),
    line: 1,
    path: '(plik)',
    message: /folder ukryty .* usuń kropkę z nazwy folderu albo, jeśli to szkic, trzymaj go poza content\//,
  },
  {
    name: 'a .yml extension',
    pl: 'Rozszerzenie .yml',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (renameSync(join(d, INST), join(d, 'institutions/osrodek-demo.yml')), 'institutions/osrodek-demo.yml'),
    line: 1,
    path: '(plik)',
    message: /nie zostanie opublikowany: zmień rozszerzenie „.yml” na „.yaml”/,
  },
  {
    name: 'a goal saved as .md',
    pl: 'Cel zapisany jako .md',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, `${P}/goals/3.md`, read(d, GOAL)), `${P}/goals/3.md`),
    line: 1,
    path: '(plik)',
    message: /zmień rozszerzenie „.md” na „.mdx”/,
  },
  {
    name: 'a goal in the wrong folder',
    pl: 'Cel w złym folderze',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, `${P}/cele/3.mdx`, read(d, GOAL)), `${P}/cele/3.mdx`),
    line: 1,
    path: '(plik)',
    message: /leży w złym folderze albo ma złą nazwę/,
  },
  {
    name: 'a Word document in content/',
    pl: 'Dokument Worda w content/',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, `${P}/program.docx`, 'PK\x03\x04'), `${P}/program.docx`),
    line: 1,
    path: '(plik)',
    message: /to nie jest plik treści \(.docx\) — usuń go z content\//,
  },
  {
    name: 'a report not named by its year',
    pl: 'Sprawozdanie nazwane inaczej niż rokiem',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, `${P}/reports/raport-2025.mdx`, read(d, REPORT)), `${P}/reports/raport-2025.mdx`),
    line: 1,
    path: '(plik)',
    message: /nazwa sprawozdania to rok, np. reports\/2024.mdx, a nie „raport-2025”/,
  },
  {
    name: 'capitals in a file name',
    pl: 'Wielkie litery w nazwie pliku',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, 'institutions/Osrodek-Nowy.yaml', read(d, INST)), 'institutions/Osrodek-Nowy.yaml'),
    line: 1,
    path: '(plik)',
    message: /małych liter, cyfr i „-”/,
  },
  {
    name: 'an institution written as MDX',
    pl: 'Instytucja zapisana jako .mdx',
    group: 'Pliki, które inaczej zostałyby po cichu pominięte',
    make: (d) => (write(d, 'institutions/nowy.mdx', `---\n${read(d, INST)}---\n`), 'institutions/nowy.mdx'),
    line: 1,
    path: '(plik)',
    message: /w tym folderze są pliki .yaml/,
  },
  // More classes of reading.
  {
    name: 'an alias to an anchor that does not exist',
    pl: 'Odwołanie do nieistniejącej kotwicy',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INST, 'shortName: OT', 'shortName: *skrot'),
    line: '*skrot',
    path: '(YAML)',
    message: /odwołanie „\*…” do nieistniejącej kotwicy/,
    loader: true,
  },
  {
    name: 'a second YAML document in a file',
    pl: 'Drugi dokument YAML w pliku',
    group: 'Inne pomyłki w zapisie pliku',
    make: (d) => (write(d, INST, `${read(d, INST)}---\nname: Drugi\n`), INST),
    line: '---',
    path: '(YAML)',
    message: /więcej niż jeden dokument YAML/,
    loader: true,
  },
  {
    name: 'a soft hyphen inside a number',
    pl: 'Miękki dywiz w liczbie',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(GOAL, 'text: "Liczba porad – 1 250"', 'text: "Liczba porad – 1\u00AD250"'),
    line: '1\u00AD250',
    path: '(YAML)',
    message: /U\+00AD \(miękki dywiz\)/,
    loader: true,
  },
  {
    name: 'a replacement character left by a bad conversion',
    pl: 'Znak „�” po złej konwersji',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INST, 'Ośrodek', 'O\uFFFDrodek'),
    line: 1,
    path: '(YAML)',
    message: /U\+FFFD .* zapisz plik w UTF-8 i wpisz brakujące litery na nowo/,
    loader: true,
  },
  {
    name: 'a byte-order mark in the middle of a line',
    pl: 'Znak BOM w środku linii',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INST, 'shortName: OT', 'shortName: \uFEFFOT'),
    line: 'shortName',
    path: '(YAML)',
    message: /U\+FEFF \(znak BOM w środku tekstu\)/,
    loader: true,
  },
  {
    name: 'a line separator (U+2028) from a PDF',
    pl: 'Separator linii (U+2028) skopiowany z PDF',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INST, '10 miejsc schronienia', '10 miejsc\u2028schronienia'),
    line: '10 miejsc',
    path: '(YAML)',
    message: /U\+2028 \(separator linii\)/,
    loader: true,
  },
  {
    name: 'an unclosed brace in a body',
    pl: 'Niezamknięty nawias { w treści',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(REPORT, 'Narracja sprawozdania.', 'Narracja {sprawozdania.'),
    line: 'Narracja {',
    path: '(treść)',
    message: /znak „\{” w treści — aby go wpisać, poprzedź go ukośnikiem: \\\{/,
  },
  {
    name: 'crossed tags in a body',
    pl: 'Skrzyżowane znaczniki w treści',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INDEX, 'OT działa.', '<strong>OT</em> działa.'),
    line: '<strong>',
    path: '(treść)',
    message: /zamknięcie <\/em> nie pasuje do otwartego znacznika <strong> — zamknij najpierw <\/strong>/,
  },
  {
    name: 'a "<" that is not a tag',
    pl: 'Znak „<”, który nie jest znacznikiem',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INDEX, 'OT działa.', 'OT działa dla <5 osób.'),
    line: '<5',
    path: '(treść)',
    message: /znak „<” zaczyna tu znacznik, a nim nie jest — jeśli to „mniej niż”, napisz \\</,
  },
  {
    name: 'an unquoted attribute value',
    pl: 'Wartość atrybutu bez cudzysłowu',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(INDEX, 'OT działa.', '<abbr title=Ośrodek>OT</abbr> działa.'),
    line: '<abbr',
    path: '(treść)',
    message: /wartości atrybutów ujmij w cudzysłów/,
  },
  {
    name: 'a vertical tab inside an id',
    pl: 'Tabulator pionowy w identyfikatorze',
    group: 'Inne pomyłki w zapisie pliku',
    make: edit(GOAL, 'id: porady-a', 'id: "porady\x0B-a"'),
    line: 'porady\x0B',
    path: '(YAML)',
    message: /U\+000B \(znak sterujący\)/,
    loader: true,
  },
];

const CHECK = resolve('scripts/check-content.ts');
/** Case name → the line `npm run check` printed for it: the examples of docs/bledy-odczytu.md. */
const printedLines = new Map<string, string>();
const DOC = 'docs/bledy-odczytu.md';
const START = '<!-- początek listy: generuje tests/unit/check-reading.test.ts -->';
const END = '<!-- koniec listy -->';

/** The list in docs/bledy-odczytu.md: one heading and one real printed line per class. */
function docList(): string {
  const parts: string[] = [];
  let group = '';
  cases.forEach((c) => {
    if (c.group !== group) parts.push(`## ${(group = c.group)}\n`);
    parts.push(`### ${c.pl}\n\n\`\`\`text\n${printedLines.get(c.name) ?? '(brak)'}\n\`\`\`\n`);
  });
  return parts.join('\n');
}
const check = (dir: string) => spawnSync(process.execPath, [CHECK, dir], { cwd: dir, encoding: 'utf8' });

// Each case runs the real command (a Node process): allow for a busy machine.
describe('npm run check: how files are read', { timeout: 30_000 }, () => {
  it.each(cases)('$name', (c) => {
    const dir = brokenFixture();
    const file = c.make(dir);
    const line = typeof c.line === 'number' ? c.line : lineOf(dir, file, c.line);
    expect(line, `"${c.line}" not found in ${file}`).toBeGreaterThan(0);
    const r = check(dir);
    const output = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(output).not.toMatch(/^\s+at /m);
    const problems = r.stderr.split('\n').filter((l) => l.startsWith(`${file}:`));
    const found = problems.find((l) => l.startsWith(`${file}:${line}:`) && l.includes(`  ${c.path}  `) && c.message.test(l));
    expect(found, `expected ${file}:${line} ${c.path} ${c.message} in:\n${r.stderr}`).toBeDefined();
    printedLines.set(c.name, found!);
    // Every printed line stays short: values are excerpts, never whole files.
    for (const l of r.stderr.split('\n')) expect(l.length).toBeLessThan(900);
    if (c.never) expect(output).not.toMatch(c.never);
    if (c.loader) {
      const ext = file.slice(file.lastIndexOf('.'));
      let thrown: unknown;
      try {
        entryInfo(join(dir, file), ext);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ContentReadError);
      expect((thrown as ContentReadError).line).toBe(line);
      expect((thrown as ContentReadError).message).toContain(file);
    }
  });

  it(`covers ${cases.length} classes, each with a distinct message`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.pl)).size).toBe(cases.length);
    expect(new Set([...printedLines.values()]).size).toBe(cases.length);
  });

  // Regenerate after a change of wording: UPDATE_DOCS=1 npx vitest run --project unit tests/unit/check-reading.test.ts
  it('docs/bledy-odczytu.md shows, for every class, the line npm run check really prints', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [before, rest] = doc.split(START);
    const after = rest?.split(END)[1];
    expect(after, `${DOC} needs the markers ${START} … ${END}`).toBeDefined();
    const expected = `${before}${START}\n\n${docList()}\n${END}${after}`;
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    else expect(doc).toBe(expected);
  });

  it('reads what js-yaml would read differently the YAML 1.2 way, in the checker and the loader alike', () => {
    const dir = brokenFixture(
      [INDEX, 'summary: Program do testów.', 'summary: Program do testów.\nadoptingAct:\n  kind: uchwała\n  date: 2021-12-06'],
      [INST, 'shortName: OT', 'shortName: yes'],
    );
    const r = check(dir);
    expect(r.status, r.stderr).toBe(0);
    // js-yaml (Astro's default) makes a Date and `true` of these; both readers keep the text.
    expect((entryInfo(join(dir, INDEX), '.mdx').data as { adoptingAct: { date: unknown } }).adoptingAct.date).toBe('2021-12-06');
    expect(entryInfo(join(dir, INST), '.yaml').data).toMatchObject({ shortName: 'yes' });
  });

  it('skips system files (.DS_Store, Thumbs.db, .gitkeep) without a word, and reads CRLF files with a BOM', () => {
    const dir = brokenFixture();
    write(dir, '.DS_Store', '\0\0\x01Bud1');
    write(dir, `${P}/Thumbs.db`, '\xd0\xcf');
    write(dir, 'programmes/.gitkeep', '');
    write(dir, INST, `\uFEFF${read(dir, INST).replace(/\n/g, '\r\n')}`);
    const r = check(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/DS_Store|Thumbs|gitkeep/);
    expect(entryInfo(join(dir, INST), '.yaml').data).toMatchObject({ name: 'Ośrodek Testowy', shortName: 'OT' });
  });

  it('follows a symlink that stays inside content/ and reads its target', () => {
    const dir = brokenFixture();
    renameSync(join(dir, INST), join(dir, 'osrodek.yaml.txt'));
    unlinkSync(join(dir, `${P}/goals/2.mdx`));
    symlinkSync('../osrodek.yaml.txt', join(dir, INST));
    const r = check(dir);
    // The target itself is no content file; the link is read as the institution.
    expect(r.stderr).toMatch(/^osrodek\.yaml\.txt:1:1 {2}\(plik\) {2}plik nie pasuje/m);
    expect(r.stderr).not.toMatch(/institutions\/osrodek-demo\.yaml/);
  });
});
