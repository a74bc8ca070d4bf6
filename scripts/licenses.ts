// `npm run licenses`: the licences of third-party code shipped to the browser — the packages the
// client scripts in src/scripts import (and their dependencies), plus Pagefind's search runtime,
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

/** Bare imports (package names) in the client scripts. */
export function clientImports(dir = 'src/scripts'): string[] {
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
