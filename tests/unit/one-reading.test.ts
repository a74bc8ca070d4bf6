// One parser, one reading, without a build: for every file of the real content/ and of the
// fixture, what the build's loader function returns (src/contentLoaders.ts, what Astro's glob()
// calls), validated by the collection's schema, equals what `npm run check` validated.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { entryInfo } from '../../src/contentLoaders.ts';
import * as schemas from '../../src/schemas/index.ts';
import { FIXTURE } from '../support/fixtures.ts';
import { checkerReading, comparable, type Reading } from '../support/sameReading.ts';

const collectionOf: [RegExp, string, { parse(d: unknown): unknown }][] = [
  [/^organisations\/[^/]+\.yaml$/, 'organisations', schemas.organisation],
  [/^institutions\/[^/]+\.yaml$/, 'institutions', schemas.institution],
  [/^programmes\/[^/]+\/index\.mdx$/, 'programmes', schemas.programme],
  [/^programmes\/[^/]+\/goals\/[^/]+\.mdx$/, 'goals', schemas.goal],
  [/^programmes\/[^/]+\/statistics\.yaml$/, 'statistics', schemas.statistics],
  [/^programmes\/[^/]+\/reports\/[^/]+\.mdx$/, 'reports', schemas.report],
];

/** Every file through the loader, as the collections would hold it. */
function loaderReading(dir: string): Reading {
  const out: Reading = Object.fromEntries([...collectionOf.map(([, c]) => c), 'glossary', 'series'].map((c) => [c, new Map()]));
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const full = join(dir, rel);
    const hit = collectionOf.find(([re]) => re.test(rel.split('\\').join('/')));
    if (hit) out[hit[1]]!.set(relative(process.cwd(), full), hit[2].parse(entryInfo(full, rel.slice(rel.lastIndexOf('.'))).data));
  }
  for (const [file, key, schema] of [
    ['glossary.yaml', 'abbr', schemas.glossaryEntry],
    ['series.yaml', 'id', schemas.seriesEntry],
  ] as const)
    for (const item of entryInfo(join(dir, file), '.yaml').data as unknown as Record<string, unknown>[])
      out[file.replace('.yaml', '')]!.set(String(item[key]), schema.parse(item));
  return out;
}

describe('every content file reads the same through the check and the build loader', { timeout: 60_000 }, () => {
  it.each([
    ['content', resolve('content')],
    ['the fixture', resolve(FIXTURE)],
  ])('%s', (_name, dir) => {
    const checked = checkContent(dir);
    expect(checked.errors).toEqual([]);
    const fromLoader = comparable(loaderReading(dir));
    expect(Object.values(fromLoader).reduce((n, c) => n + Object.keys(c).length, 0)).toBeGreaterThan(5);
    expect(fromLoader).toEqual(comparable(checkerReading(checked.raw)));
  });
});
