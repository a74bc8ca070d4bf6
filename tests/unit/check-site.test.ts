// content/site.yaml (the publisher's facts) in the content checker: each mistake reported at its
// line and field, in Polish, like every other content file; the file itself is optional.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join, resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { site } from '../../src/schemas/site.ts';
import { brokenFixture as broken, FIXTURE, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const FILE = 'site.yaml';
const errorsOf = (dir: string) => checkContent(dir, dir).errors;

describe('site.yaml in the content checker', () => {
  it('accepts the fixture’s site.yaml', () => {
    expect(checkContent(FIXTURE, FIXTURE).errors).toEqual([]);
  });

  it.each([
    [
      'a date without leading zeros',
      'publishedOn: "2024-03-01"',
      'publishedOn: "2024-3-1"',
      'publishedOn',
      'oczekiwano daty w postaci RRRR-MM-DD (w cudzysłowie) (otrzymano „2024-3-1”)',
    ],
    [
      'a day that does not exist',
      'statementPreparedOn: "2025-01-20"',
      'statementPreparedOn: "2025-02-30"',
      'statementPreparedOn',
      'taki dzień nie istnieje (otrzymano „2025-02-30”)',
    ],
    [
      'an update before the publication',
      'updatedOn: "2025-01-15"',
      'updatedOn: "2023-12-31"',
      'updatedOn',
      'data ostatniej aktualizacji (updatedOn) jest wcześniejsza niż data publikacji (publishedOn) (otrzymano „2023-12-31”)',
    ],
    [
      'an e-mail without a domain',
      'email: dostepnosc@testowo.example',
      'email: dostepnosc@',
      'contact.email',
      'oczekiwano adresu e-mail, np. dostepnosc@example.pl (otrzymano „dostepnosc@”)',
    ],
    [
      'a phone with letters',
      'phone: "+48 12 345 67 89"',
      'phone: "12 345 wew. 7"',
      'contact.phone',
      'oczekiwano numeru telefonu z cyfr, spacji i myślników, np. „+48 12 616 12 34” (otrzymano „12 345 wew. 7”)',
    ],
    [
      'a quick exit over plain http',
      'quickExitUrl: https://example.org/pogoda/',
      'quickExitUrl: http://example.org/pogoda/',
      'quickExitUrl',
      'oczekiwano pełnego adresu strony zaczynającego się od https:// (otrzymano „http://example.org/pogoda/”)',
    ],
    [
      'a quick exit that is not an address',
      'quickExitUrl: https://example.org/pogoda/',
      'quickExitUrl: pogoda',
      'quickExitUrl',
      'oczekiwano pełnego adresu strony zaczynającego się od https:// (otrzymano „pogoda”)',
    ],
    ['an empty publisher', 'publisher: Gmina Testowo', 'publisher: ""', 'publisher', 'pole nie może być puste (otrzymano „”)'],
  ])('reports %s at its line and field', (_name, from, to, path, message) => {
    const dir = broken([FILE, from, to]);
    expect(errorsOf(dir)).toEqual([{ file: FILE, line: lineOf(dir, FILE, to.split(':')[0]!), col: expect.any(Number), path, message }]);
  });

  it('suggests the field a misspelt key was meant to be, at the key', () => {
    const dir = broken([FILE, 'publisher:', 'publsher:'], [FILE, '  person:', '  persn:']);
    expect(errorsOf(dir)).toEqual([
      { file: FILE, line: 1, col: 1, path: 'publsher', message: 'nieznane pole „publsher” — czy chodziło o „publisher”?' },
      {
        file: FILE,
        line: lineOf(dir, FILE, 'persn'),
        col: 3,
        path: 'contact.persn',
        message: 'nieznane pole „persn” — czy chodziło o „person”?',
      },
    ]);
  });

  it('is optional: without it the content is valid, and the quick exit keeps its default target', () => {
    const dir = broken();
    rmSync(join(dir, FILE));
    expect(errorsOf(dir)).toEqual([]);
    expect(site.parse({})).toEqual({ quickExitUrl: 'https://pogoda.onet.pl/' });
  });

  it('npm run check prints the problem as file:line:column  field  message', () => {
    const dir = broken([FILE, 'updatedOn: "2025-01-15"', 'updatedOn: "2023-12-31"']);
    const run = spawnSync(process.execPath, [resolve('scripts/check-content.ts'), dir], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const line = lineOf(dir, FILE, 'updatedOn');
    expect(run.stderr.split('\n')[0]).toBe(
      `site.yaml:${line}:12  updatedOn  data ostatniej aktualizacji (updatedOn) jest wcześniejsza niż data publikacji (publishedOn) (otrzymano „2023-12-31”)`,
    );
  }, 30_000); // a whole Node process: slow on a busy machine

  it('the example in docs/dane-wydawcy.md is valid, and its quoted errors are what npm run check prints for it', () => {
    const doc = readFileSync('docs/dane-wydawcy.md', 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(site.safeParse(parse(example)).success).toBe(true);
    const quoted = /```text\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const dir = broken();
    writeFileSync(
      join(dir, FILE),
      example
        .replace('updatedOn: "2025-06-15"', 'updatedOn: "2024-01-15"')
        .replace('publishedOn: "2025-03-01"', 'publishedOn: "2025-02-30"'),
    );
    const printed = errorsOf(dir).map((e) => `content/${e.file}:${e.line}:${e.col}  ${e.path}  ${e.message}`);
    expect(printed.join('\n')).toBe(quoted);
  });
});
