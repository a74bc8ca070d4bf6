// `npm run corpus -- [--programmes 10] [--seed 1] [--out <folder>]`
//
// Writes a synthetic content folder (scripts/lib/syntheticCorpus.ts) for benchmarks and load tests:
// N valid programmes, deterministic from the seed. The out folder is removed first; without --out
// a new temporary folder is used. Prints the folder and what it holds. Check or build it with
// MIERNIK_CONTENT=<folder> npm run check / npm run build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/syntheticCorpus.ts';

export interface WriteOptions {
  programmes: number;
  seed: number;
  /** The content folder to (re)create. */
  out: string;
}

/** Writes the corpus into `out` (removed first); returns the folder and the counts. */
export function writeCorpus({ programmes, seed, out }: WriteOptions): { dir: string; counts: Record<string, number> } {
  const dir = resolve(out);
  rmSync(dir, { recursive: true, force: true });
  const { files, counts } = generateCorpus({ programmes, seed });
  const made = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, file.text);
  }
  return { dir, counts };
}

export function main(argv: string[]): number {
  const integer = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name}: oczekiwano liczby całkowitej ≥ ${min}, otrzymano „${text}”`);
    return n;
  };
  let options: WriteOptions;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { programmes: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new Error(`nieznane argumenty: ${positionals.join(' ')}`);
    options = {
      programmes: integer('programmes', values.programmes, 0),
      seed: integer('seed', values.seed, 0),
      out: values.out ?? mkdtempSync(join(tmpdir(), 'miernik-corpus-')),
    };
  } catch (error) {
    console.error(`${(error as Error).message}\nUżycie: npm run corpus -- [--programmes 10] [--seed 1] [--out <folder>]`);
    return 2;
  }
  const started = performance.now();
  const { dir, counts } = writeCorpus(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(dir);
  console.log(
    `${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} (seed ${options.seed}, ${seconds} s)`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
