// `npm run licenses`: the licences of third-party code shipped to the browser — the packages the
// client scripts in src/components import (and their dependencies), plus Pagefind's search runtime,
// which the build copies into dist/pagefind/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Pkg {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
}

const readPkg = (name: string): Pkg => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));

/**
 * Bare imports (package names) in the client scripts. Client code sits beside the component that
 * loads it: every .ts file in src/components is browser code, named like its component with a
 * lower-case initial (QuickExit.astro → quickExit.ts, SearchForm.astro → searchForm.ts,
 * IndicatorExplorer.astro → indicatorExplorer.ts, ChartFigure.astro → chartFigure.ts); a module
 * such a script loads on demand is named for its part (chartRender.ts, which chartFigure.ts
 * imports when a chart nears the viewport), because its name is its chunk's name in dist/_astro/.
 * What runs at build time is in src/lib (pure) and src/data; scripts/ at the top is tooling.
 */
export function clientImports(dir = 'src/components'): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/from\s+'([^'.][^']*)'/g)) {
      const spec = m[1]!;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return [...names];
}

/** Those packages and everything they depend on, with name, version and licence. */
export function shippedPackages(roots: readonly string[]): Pkg[] {
  const seen = new Map<string, Pkg>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const pkg = readPkg(name);
    seen.set(name, pkg);
    Object.keys(pkg.dependencies ?? {}).forEach(visit);
  };
  roots.forEach(visit);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

if (import.meta.main) {
  const packages = shippedPackages([...clientImports(), 'pagefind']);
  console.log('Kod zewnętrzny wysyłany do przeglądarki:');
  for (const p of packages) console.log(`  ${p.name}@${p.version}  ${p.license ?? 'BRAK LICENCJI'}`);
  if (packages.some((p) => !p.license)) process.exit(1);
}
