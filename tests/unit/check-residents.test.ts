// The checker on the residents' content: helplines (source, checked-on date, staleness) and the
// phrase → help topic mapping, on broken copies of the fixture.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { residentProblems } from '../../scripts/check/residents.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);
const H = 'helplines.yaml';
const T = 'help-topics.yaml';
const check = (dir: string) => checkContent(dir, dir);

describe('helplines in the checker', () => {
  it('the fixture is clean', () => {
    const { errors, warnings } = check(broken());
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file === H || w.file === T)).toEqual([]);
  });

  it('refuses a helpline without a source, at its line', () => {
    const dir = broken([H, '  source: "Komunikat KCPU, PAP MediaRoom, 2025"\n', '']);
    expect(check(dir).errors).toEqual([
      expect.objectContaining({ file: H, path: '1.source', message: 'brak wymaganego pola', line: lineOf(dir, H, 'id: niebieska-linia') }),
    ]);
  });

  it('refuses a helpline without a checked-on date, and a date that does not exist', () => {
    expect(check(broken([H, '  checked: "2026-12-01"\n- id: niebieska', '- id: niebieska'])).errors).toEqual([
      expect.objectContaining({ path: '0.checked', message: 'brak wymaganego pola' }),
    ]);
    const dir = broken([H, 'checked: "2026-12-01"', 'checked: "2026-02-30"']);
    expect(check(dir).errors).toEqual([
      expect.objectContaining({ path: '0.checked', message: 'nie ma takiego dnia: „2026-02-30”', line: lineOf(dir, H, '2026-02-30') }),
    ]);
  });

  it('warns, without failing, when a number was checked more than a year ago', () => {
    const dir = broken([H, 'checked: "2026-12-01"', 'checked: "2024-01-15"']);
    const result = check(dir);
    expect(result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.file === H)).toEqual([
      expect.objectContaining({ file: H, path: '0.checked', line: lineOf(dir, H, '2024-01-15') }),
    ]);
    expect(result.warnings[0]!.message).toContain('ponad rok temu');
    // The same file a year later than its date: the warning comes from the date alone.
    const clean = broken();
    const raw = check(clean).raw;
    expect(residentProblems(clean, clean, raw, new Date('2027-12-05')).map((p) => [p.path, p.warning])).toEqual([
      [[0, 'checked'], true],
      [[1, 'checked'], true],
    ]);
    expect(residentProblems(clean, clean, raw, new Date('2027-11-30'))).toEqual([]);
  });

  it('needs the emergency number and the helplines file itself', () => {
    expect(check(broken([H, '  emergency: true\n', ''])).errors.map((e) => e.message)).toEqual([
      expect.stringContaining('brak numeru alarmowego'),
    ]);
    const dir = broken();
    rmSync(join(dir, H));
    expect(check(dir).errors.map((e) => e.message)).toContain(
      'brak pliku helplines.yaml: strona musi podawać numer alarmowy 112 i co najmniej jeden telefon pomocy',
    );
  });
});

describe('help topics in the checker', () => {
  it('reports an unknown helpline and an unknown institution at their lines', () => {
    const dir = broken(
      [T, 'helplines: [numer-alarmowy, niebieska-linia]', 'helplines: [numer-alarmowy, telefon-x]'],
      [T, 'institution: osrodek-demo', 'institution: osrodek-x'],
    );
    const errors = check(dir).errors;
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ['0.helplines.1', lineOf(dir, T, 'telefon-x')],
      ['0.links.1.institution', lineOf(dir, T, 'osrodek-x')],
    ]);
    expect(errors[0]!.message).toContain('nieznany telefon „telefon-x”');
  });

  it('one phrase leads to one topic', () => {
    const dir = broken([
      T,
      'phrases: [nie mam gdzie spać, schronienie]',
      'phrases: [nie mam gdzie spać, schronienie]\n- id: drugi\n  title: Drugi\n  answer: A.\n  search: b\n  phrases: [Nie mam  gdzie spać]',
    ]);
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        path: '1.phrases.0',
        message: 'wyrażenie „Nie mam  gdzie spać” jest już w temacie „schronienie” — jedno wyrażenie prowadzi do jednego tematu',
      }),
    ]);
    expect(warnings.filter((w) => w.file === T).map((w) => w.message)).toEqual(['wyrażenie „Nie mam  gdzie spać” pisz małymi literami']);
  });

  it('a link is a need of /pomoc/ or an institution', () => {
    expect(check(broken([T, 'need: teraz', 'need: jutro'])).errors).toEqual([expect.objectContaining({ path: '0.links.0.need' })]);
    expect(check(broken([T, '- need: teraz', '- need: teraz\n      institution: osrodek-demo'])).errors).toEqual([
      expect.objectContaining({
        path: '0.links.0',
        message: expect.stringContaining('podaj albo „need: <odpowiedź>”, albo „institution: <id>”'),
      }),
    ]);
  });

  it('an institution appears once per need', () => {
    const dir = broken([
      'institutions/osrodek-demo.yaml',
      '    line: "Schronienie: 10 miejsc."\n',
      '    line: "Schronienie: 10 miejsc."\n  - need: teraz\n    rank: 2\n    line: "Drugi raz."\n',
    ]);
    expect(check(dir).errors).toEqual([
      expect.objectContaining({ path: 'help.1.need', message: expect.stringContaining('każda instytucja raz w każdej odpowiedzi') }),
    ]);
  });
});
