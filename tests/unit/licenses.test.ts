import { describe, expect, it } from 'vitest';
import { clientImports, shippedPackages } from '../../scripts/licenses.ts';

describe('licences of code shipped to the browser', () => {
  it('finds the packages the client scripts import, with their dependencies, each with a licence', () => {
    expect(clientImports()).toContain('chart.js');
    const packages = shippedPackages([...clientImports(), 'pagefind']);
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['chart.js', '@kurkle/color', 'pagefind']));
    for (const p of packages) expect(p.license, p.name).toMatch(/^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause)$/);
  });
});
