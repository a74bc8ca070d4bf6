import { describe, expect, it } from 'vitest';
import { NEEDS, answers, byNeed } from '../../src/lib/help.ts';
import type { Institution } from '../../src/schemas/institution.ts';

const inst = (id: string, organisation: string, helpKinds: Institution['helpKinds'], audiences: Institution['audiences'] = []) => ({
  id, file: `${id}.yaml`, data: { name: id, organisation, helpKinds, audiences, facts: [] } as Institution,
});
const need = (id: string) => NEEDS.find((n) => n.id === id)!;

describe('help by need', () => {
  const shelter = inst('schronisko', 'a', ['shelter'], ['adults', 'children']);
  const police = inst('policja', 'b', ['police']);
  const programme = inst('program', 'a', ['perpetrator-programme']);

  it('matches by kind of help or by audience', () => {
    expect(answers(shelter.data, need('bezpieczne-miejsce'))).toBe(true);
    expect(answers(shelter.data, need('dziecko'))).toBe(true);
    expect(answers(police.data, need('bezpieczne-miejsce'))).toBe(false);
    expect(answers(programme.data, need('zmiana'))).toBe(true);
  });

  it('groups the answers by municipality', () => {
    const groups = byNeed([shelter, police, programme], need('bezpieczne-miejsce'));
    expect([...groups.keys()]).toEqual(['a']);
    expect(groups.get('a')!.map((i) => i.id)).toEqual(['schronisko']);
  });
});
