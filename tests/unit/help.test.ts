import { describe, expect, it } from 'vitest';
import {
  NEEDS,
  answers,
  byNeed,
  essentialHelplines,
  helplineFacts,
  helplinesFor,
  orderedHelplines,
  shownNumber,
  telHref,
} from '../../src/lib/help.ts';
import type { Institution } from '../../src/schemas/institution.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';

const inst = (id: string, organisation: string, help: Institution['help']) => ({
  id,
  file: `${id}.yaml`,
  data: { name: id, organisation, helpKinds: [], audiences: [], facts: [], help } as Institution,
});
const need = (id: string) => NEEDS.find((n) => n.id === id)!;
const line = 'opis';

describe('help by need', () => {
  const library = inst('biblioteka', 'a', []);
  const police = inst('policja', 'a', [{ need: 'teraz', rank: 2, line }]);
  const shelter = inst('schronisko', 'a', [
    { need: 'teraz', rank: 1, line },
    { need: 'rozmowa', rank: 3, line },
  ]);
  const other = inst('inna-gmina', 'b', [{ need: 'teraz', rank: 3, line }]);

  it('the first three answers are: in danger now, want to talk, for a child / senior / person with a disability', () => {
    expect(NEEDS.slice(0, 3).map((n) => n.id)).toEqual(['teraz', 'rozmowa', 'bliscy']);
  });

  it('an institution answers only the needs its content declares', () => {
    expect(answers(shelter.data, need('teraz'))).toBe(true);
    expect(answers(shelter.data, need('bliscy'))).toBe(false);
    expect(answers(library.data, need('teraz'))).toBe(false);
  });

  it('orders by how directly each helps (rank), not alphabetically or by file order, and groups by municipality', () => {
    const groups = byNeed([other, library, police, shelter], need('teraz'));
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map((i) => i.id)).toEqual(['schronisko', 'policja']);
    expect(
      byNeed([library, police, shelter], need('rozmowa'))
        .get('a')!
        .map((i) => i.id),
    ).toEqual(['schronisko']);
  });
});

describe('helplines', () => {
  const h = (id: string, number: string, extra: Partial<Helpline> = {}): Helpline => ({
    id,
    number,
    name: id,
    purpose: 'p',
    source: 's',
    checked: '2026-12-01',
    emergency: false,
    needs: [],
    ...extra,
  });
  const list = [
    h('dzieci', '116 111', { needs: ['rozmowa', 'bliscy'] }),
    h('linia', '800 120 002', { needs: ['teraz', 'rozmowa'], cost: 'bezpłatna', hours: 'całodobowa' }),
    h('alarm', '112', { emergency: true, needs: ['teraz'] }),
  ];

  it('the emergency number always comes first, the rest keep their order', () => {
    expect(orderedHelplines(list).map((x) => x.id)).toEqual(['alarm', 'dzieci', 'linia']);
    expect(helplinesFor(list, 'teraz').map((x) => x.id)).toEqual(['alarm', 'linia']);
    expect(helplinesFor(list, 'bliscy').map((x) => x.id)).toEqual(['dzieci']);
  });

  it('every page gets the emergency number and one helpline', () => {
    expect(essentialHelplines(list).map((x) => x.id)).toEqual(['alarm', 'dzieci']);
  });

  it('dials digits only and states only the facts the source gives', () => {
    expect(telHref('800 120 002')).toBe('tel:800120002');
    expect(telHref('112')).toBe('tel:112');
    expect(shownNumber('800 120 002')).toBe('800\u00a0120\u00a0002');
    expect(helplineFacts(list[1]!)).toEqual(['bezpłatna', 'całodobowa']);
    expect(helplineFacts(list[0]!)).toEqual([]);
  });
});
