// Dependencies: exact versions in the lockfile, and no install script that package.json does not allow.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installed = Object.entries(lock.packages as Record<string, { version?: string; hasInstallScript?: boolean; link?: boolean }>).filter(
  ([path]) => path !== '',
);

describe('dependencies', () => {
  it('the lockfile pins an exact version of every package', () => {
    for (const [path, meta] of installed) if (!meta.link) expect(meta.version, path).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });

  it('only the packages package.json allows run install scripts, and every allowed one is used', () => {
    const withScripts = installed.filter(([, m]) => m.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.sort()).toEqual(Object.keys(pkg.allowScripts).sort());
  });

  it('astro and pagefind are pinned exactly (a caret range would pick releases whose platform packages are missing)', () => {
    expect(pkg.dependencies.astro).toMatch(/^\d/);
    expect(pkg.dependencies.pagefind).toMatch(/^\d/);
  });
});
