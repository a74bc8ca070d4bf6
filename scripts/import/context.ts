// What `--programme <slug>` tells the importer: the municipality's institutions (names become
// references) and the ids the programme's other goals already use (new ids do not repeat them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { ProgrammeContext } from './table.ts';

export function programmeContext(contentDir: string, slug: string, importedGoalIds: string[]): ProgrammeContext {
  const dir = join(contentDir, 'programmes', slug);
  const index = join(dir, 'index.mdx');
  if (!existsSync(index)) throw new Error(`brak programu ${index}`);
  const organisation = (parseYaml(splitFrontmatter(readFileSync(index, 'utf8')).yaml) as { organisation?: string }).organisation;
  const instDir = join(contentDir, 'institutions');
  const institutions = (existsSync(instDir) ? readdirSync(instDir) : [])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: basename(f, '.yaml'),
      ...(parseYaml(readFileSync(join(instDir, f), 'utf8')) as { name: string; shortName?: string; organisation?: string }),
    }))
    .filter((i) => i.organisation === organisation);
  const usedIds = new Set<string>();
  const goalsDir = join(dir, 'goals');
  for (const f of existsSync(goalsDir) ? readdirSync(goalsDir) : []) {
    const data = parseYaml(splitFrontmatter(readFileSync(join(goalsDir, f), 'utf8')).yaml) as { id?: string };
    if (importedGoalIds.includes(String(data?.id))) continue;
    for (const m of JSON.stringify(data).matchAll(/"id":"([^"]+)"/g)) usedIds.add(m[1]!);
  }
  return { institutions, usedIds };
}
