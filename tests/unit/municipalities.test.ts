import { describe, expect, it } from 'vitest';
import { LIST_ALL_MAX_PROGRAMMES, listsByMunicipality, municipalities } from '../../src/lib/municipalities.ts';

const org = (id: string) => ({ id, data: { name: `Gmina ${id}`, shortName: id, kind: 'gmina' } }) as never;
const programme = (id: string, organisation: string) => ({ id, organisation: { id: organisation } });
const institution = (id: string, organisation: string) => ({ id, data: { organisation } });

describe('municipalities', () => {
  it('groups programmes and institutions by municipality, in the site order, leaving out empty ones', () => {
    const got = municipalities({
      organisations: [org('b'), org('a'), org('pusta')],
      programmes: [programme('p1', 'a'), programme('p2', 'b'), programme('p3', 'a')],
      institutions: [institution('i1', 'b')],
    });
    expect(got.map((m) => [m.organisation.id, m.programmes.map((p) => p.id), m.institutions.map((i) => i.id)])).toEqual([
      ['b', ['p2'], ['i1']],
      ['a', ['p1', 'p3'], []],
    ]);
  });

  it('lists everything up to the limit, and by municipality above it', () => {
    const programmes = (n: number) => Array.from({ length: n }, (_, i) => programme(`p${i}`, 'a'));
    expect(listsByMunicipality({ programmes: programmes(LIST_ALL_MAX_PROGRAMMES) } as never)).toBe(false);
    expect(listsByMunicipality({ programmes: programmes(LIST_ALL_MAX_PROGRAMMES + 1) } as never)).toBe(true);
  });
});
