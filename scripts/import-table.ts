// `npm run import -- <file.tsv> [--programme <slug>] [--goal <id>] [--out <folder|file.mdx>]`
//
// Turns a table copied from a programme document (tab-separated) into goal files. The header row
// names the columns ("Działania", "Realizator", "Termin realizacji", "Wskaźnik", "2024", …; the
// list is COLUMN_NAMES in scripts/import/headers.ts); the rows become goals, tasks, actions and
// measures (scripts/import/table.ts). Every number is read with src/lib/polishNumbers.ts; a cell
// that cannot be read unambiguously, or a column the importer does not know, is reported as
// file:line:column, and nothing is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { goalSlug } from '../src/lib/urls.ts';
import { goal as goalSchema } from '../src/schemas/goal.ts';
import { plural } from '../src/lib/format.ts';
import { importTable } from './import/table.ts';
import { goalFile } from './import/write.ts';
import { programmeContext } from './import/context.ts';

export { importTable, goalFile, programmeContext };
export { COLUMN_NAMES } from './import/headers.ts';
export type { ImportedAction, ImportedGoal, ImportedTask, ImportProblem, ProgrammeContext } from './import/table.ts';

function main(argv: string[]) {
  const args = [...argv];
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} wymaga wartości`);
    return value;
  };
  const programme = option('--programme');
  const goalId = option('--goal');
  const out = option('--out');
  const contentDir = resolve(option('--content') ?? process.env.MIERNIK_CONTENT ?? 'content');
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    console.error('Użycie: npm run import -- <plik.tsv> [--programme <slug>] [--goal <id>] [--out <folder albo plik.mdx>]');
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const firstPass = importTable(text, { goal: goalId });
  const context = programme
    ? programmeContext(
        contentDir,
        programme,
        firstPass.goals.map((g) => g.id),
      )
    : {};
  const { goals, problems } = importTable(text, { goal: goalId, context });

  if (problems.length > 0) {
    for (const p of problems)
      console.error(
        `${file}:${p.line}:${p.col}  ${p.message}${p.cell && !p.message.includes(p.cell.trim()) ? `: „${p.cell.trim()}”` : ''}`,
      );
    console.error(
      `\nNic nie zapisano: ${plural(problems.length, { one: 'komórka', few: 'komórki', many: 'komórek' })} do poprawienia w ${file}.`,
    );
    return 1;
  }
  if (goals.length === 0) {
    console.error(goalId ? `W tabeli nie ma celu „${goalId}”.` : 'W tabeli nie ma żadnego celu.');
    return 1;
  }
  const note = `zaimportowano z ${basename(file)} (npm run import); sprawdź etykiety, jednostki i realizatorów`;
  const files = goals.map((g, i) => {
    const content = goalFile(g, Number(g.id) || i + 1, note);
    const check = goalSchema.safeParse(parseYaml(splitFrontmatter(content).yaml));
    if (!check.success) throw new Error(`wygenerowany cel ${g.id} nie przechodzi schematu: ${check.error.message}`);
    return { name: `${goalSlug(g.id)}.mdx`, content };
  });

  if (!out) {
    process.stdout.write(files.map((f) => `# ==> goals/${f.name}\n${f.content}`).join('\n'));
    return 0;
  }
  const single = out.endsWith('.mdx');
  if (single && files.length > 1) {
    console.error(`Tabela ma ${files.length} cele: podaj folder w --out albo wybierz cel przez --goal.`);
    return 1;
  }
  const targets = files.map((f) => ({ ...f, path: single ? out : join(out, f.name) }));
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length > 0) {
    console.error(`Nie nadpisuję istniejących plików: ${existing.map((t) => t.path).join(', ')}`);
    return 1;
  }
  for (const t of targets) {
    mkdirSync(dirname(t.path), { recursive: true });
    writeFileSync(t.path, t.content);
    console.log(`zapisano ${t.path}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
