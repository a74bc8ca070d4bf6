// `npm run new`: new files pass the checker at once (placeholders are valid values, listed as
// warnings), pass without warnings once filled in, and never overwrite anything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { PLACEHOLDER } from '../../scripts/check/warnings.ts';
import { main, newGoal, newOrganisation, newProgramme, newReport, organisationTemplate, ScaffoldError } from '../../scripts/new.ts';
import { brokenFixture as fixtureCopy, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const check = (dir: string) => checkContent(dir, dir);
const rel = (dir: string, files: string[]) => files.map((f) => f.slice(dir.length + 1));

/** What an editor does: every placeholder replaced with real text. */
function fillIn(file: string) {
  const text = readFileSync(file, 'utf8')
    .replace(new RegExp(`"${PLACEHOLDER}: [^"]*"`, 'g'), '"Tekst z dokumentu"')
    .replace(new RegExp(`^${PLACEHOLDER}: .*$`, 'gm'), 'Opis z dokumentu.');
  writeFileSync(file, text);
}

describe('npm run new', () => {
  it('a new programme with a goal passes the checker at once, with a warning for each placeholder', () => {
    const dir = fixtureCopy();
    const created = [...newProgramme(dir, 'demo-nowy-2025-2027'), ...newGoal(dir, 'demo-nowy-2025-2027', 'I')];
    expect(rel(dir, created)).toEqual(['programmes/demo-nowy-2025-2027/index.mdx', 'programmes/demo-nowy-2025-2027/goals/i.mdx']);
    const { errors, warnings, raw } = check(dir);
    expect(errors).toEqual([]);
    expect(raw.programmes.find((p) => p.id === 'demo-nowy-2025-2027')?.data).toMatchObject({
      organisation: 'demo',
      periodStart: 2025,
      periodEnd: 2027,
    });
    const goal = raw.goals.find((g) => g.programme === 'demo-nowy-2025-2027')!.data;
    expect(goal.actions[0]!.indicators[0]!.values.map((v) => v.year)).toEqual([2025, 2026, 2027]);
    const mine = warnings.filter((w) => w.file.includes('demo-nowy'));
    expect(mine.length).toBeGreaterThan(10);
    expect(mine.every((w) => w.message.includes(PLACEHOLDER))).toBe(true);
    expect(mine).toContainEqual(
      expect.objectContaining({ file: 'programmes/demo-nowy-2025-2027/goals/i.mdx', path: 'actions.0.indicators.0.label', line: 29 }),
    );
  });

  it('once the placeholders are filled in, the new files raise no warning', () => {
    const dir = fixtureCopy();
    const created = [
      ...newProgramme(dir, 'demo-nowy-2025-2027'),
      ...newGoal(dir, 'demo-nowy-2025-2027', 'I'),
      ...newGoal(dir, 'demo-nowy-2025-2027', 'II'),
    ];
    created.forEach(fillIn);
    const { errors, warnings, raw } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file.includes('demo-nowy'))).toEqual([]);
    // the second goal comes after the first and gets its own indicator id
    const goals = raw.goals
      .filter((g) => g.programme === 'demo-nowy-2025-2027')
      .map((g) => [g.data.id, g.data.order, g.data.actions[0]!.indicators[0]!.id]);
    expect(goals).toEqual([
      ['I', 1, 'cel-i-miernik-1'],
      ['II', 2, 'cel-ii-miernik-1'],
    ]);
  });

  it('a new municipality passes the checker at once, with its short name to fill in, and takes programmes', () => {
    const dir = fixtureCopy();
    const created = newOrganisation(dir, 'nowe-miasto', { name: 'Gmina Miejska Nowe Miasto' });
    expect(rel(dir, created)).toEqual(['organisations/nowe-miasto.yaml']);
    const first = check(dir);
    expect(first.errors).toEqual([]);
    expect(first.raw.organisations.find((o) => o.id === 'nowe-miasto')?.data).toMatchObject({ name: 'Gmina Miejska Nowe Miasto' });
    expect(first.warnings.filter((w) => w.file.includes('nowe-miasto'))).toEqual([
      expect.objectContaining({
        file: 'organisations/nowe-miasto.yaml',
        path: 'shortName',
        line: 8,
        message: expect.stringContaining(PLACEHOLDER),
      }),
    ]);
    // the programme takes the municipality from the start of its id
    const programme = newProgramme(dir, 'nowe-miasto-przemoc-domowa-2025-2030');
    [...created, ...programme].forEach(fillIn);
    const { errors, warnings, raw } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file.includes('nowe-miasto'))).toEqual([]);
    expect(raw.programmes.find((p) => p.id === 'nowe-miasto-przemoc-domowa-2025-2030')?.data.organisation).toBe('nowe-miasto');
  });

  it('a programme of a municipality without a file says which file to create and the command that creates it', () => {
    const dir = fixtureCopy();
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ScaffoldError);
        return (e as Error).message;
      }
      throw new Error('expected a refusal');
    };
    const inferred = refusal(() => newProgramme(dir, 'gdansk-przemoc-2025-2030'));
    expect(inferred).toMatch(/^Podaj gminę: --organisation <id> \(dostępne: demo[,)]/);
    expect(inferred).toContain(
      `Jeśli to nowa gmina, najpierw utwórz jej plik ${join(dir, 'organisations/gdansk.yaml')} poleceniem: npm run new -- organisation gdansk --name "<pełna nazwa gminy>"`,
    );
    const named = refusal(() => newProgramme(dir, 'przemoc-2025-2030', { organisation: 'gdansk' }));
    expect(named).toMatch(/^Nie ma gminy „gdansk” \(dostępne: demo[,)]/);
    expect(named).toContain(
      `brak pliku ${join(dir, 'organisations/gdansk.yaml')}. Utwórz go poleceniem: npm run new -- organisation gdansk --name "<pełna nazwa gminy>"`,
    );
    expect(existsSync(join(dir, 'programmes/gdansk-przemoc-2025-2030'))).toBe(false);
  });

  it('docs/dodaj-gmine.md shows the file the command writes', () => {
    const shown = /```yaml\n([\s\S]*?)```/.exec(readFileSync('docs/dodaj-gmine.md', 'utf8'))![1]!;
    expect(organisationTemplate({ name: 'Gmina Miasto Nowy Targ' })).toContain(shown);
  });

  it('a new municipality needs a valid id and its name, and never overwrites', () => {
    const dir = fixtureCopy();
    const before = readFileSync(join(dir, 'organisations/demo.yaml'), 'utf8');
    expect(() => newOrganisation(dir, 'demo', { name: 'Inna' })).toThrow(/już istnieje/);
    expect(readFileSync(join(dir, 'organisations/demo.yaml'), 'utf8')).toBe(before);
    expect(() => newOrganisation(dir, 'Nowy Targ', { name: 'Gmina Nowy Targ' })).toThrow(/małe litery/);
    expect(() => newOrganisation(dir, 'nowy-targ')).toThrow('Podaj nazwę gminy: npm run new -- organisation nowy-targ --name');
  });

  it('a new report lists the indicators it may speak of and passes the checker', () => {
    const dir = fixtureCopy();
    const [file] = newReport(dir, 'demo-2024-2026', '2025');
    const text = readFileSync(file!, 'utf8');
    // porady-a has a 2025 target, rezultat-gala a target for every year, osoby-b no targets;
    // udzial-a (target for 2024 only) and the diagnosis data (stat-porady) are left out.
    expect([...text.matchAll(/indicator: ([\w.-]+)/g)].map((m) => m[1])).toEqual(['porady-a', 'rezultat-gala', 'osoby-b']);
    expect(text).toContain('# Liczba porad (cel 1, działanie 1.1.1); cel: 1 250');
    expect(check(dir).errors).toEqual([]);
    fillIn(file!);
    const { errors, warnings } = check(dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.file.endsWith('reports/2025.mdx'))).toEqual([]);
  });

  it('refuses to overwrite', () => {
    const dir = fixtureCopy();
    newGoal(dir, 'demo-2024-2026', '3');
    const goal = join(dir, 'programmes/demo-2024-2026/goals/3.mdx');
    writeFileSync(goal, readFileSync(goal, 'utf8').replace('id: "3"', 'id: "33"'));
    const before = readFileSync(goal, 'utf8');
    expect(() => newGoal(dir, 'demo-2024-2026', '3')).toThrow(/już istnieje/);
    expect(readFileSync(goal, 'utf8')).toBe(before);
    expect(() => newGoal(dir, 'demo-2024-2026', '1')).toThrow(ScaffoldError);
    expect(() => newProgramme(dir, 'demo-2024-2026')).toThrow(/już istnieje/);
    expect(() => newReport(dir, 'demo-2024-2026', '2024')).toThrow(/już istnieje/);
  });

  it('refuses what would not pass the checker, saying what to do', () => {
    const dir = fixtureCopy();
    expect(() => newProgramme(dir, 'Nowy Program')).toThrow(/małe litery/);
    expect(() => newProgramme(dir, 'demo-bez-lat')).toThrow(/--period/);
    expect(() => newProgramme(dir, 'nowy-2025-2027', { organisation: 'warszawa' })).toThrow(/dostępne: demo/);
    expect(() => newGoal(dir, 'nie-ma-takiego', '1')).toThrow(/Nie ma programu/);
    expect(() => newReport(dir, 'demo-2024-2026', '2031')).toThrow(/poza okresem programu 2024–2026/);
    expect(newProgramme(dir, 'demo-bez-lat', { period: '2025-2026' })).toHaveLength(1);
  });

  it('the command prints what it created and exits 1 with a message when it refuses', () => {
    const dir = fixtureCopy();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['goal', 'demo-2024-2026', '3', '--content', dir])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('goals/3.mdx');
    expect(main(['goal', 'demo-2024-2026', '3', '--content', dir])).toBe(1);
    expect(error.mock.calls.flat().join('\n')).toContain('nie nadpisuję');
    expect(main(['organisation', 'nowa', '--name', 'Gmina Nowa', '--content', dir])).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('npm run new -- programme nowa-');
    expect(readFileSync(join(dir, 'organisations/nowa.yaml'), 'utf8')).toContain('name: "Gmina Nowa"');
    expect(main(['cel'])).toBe(2);
    expect(error.mock.calls.flat().join('\n')).toContain('npm run new -- organisation <slug> --name');
    log.mockRestore();
    error.mockRestore();
  });
});
