import { describe, expect, it } from 'vitest';
import { helpAnswers, topicPhrases } from '../../src/lib/helpAnswers.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';
import type { HelpTopic } from '../../src/schemas/helpTopic.ts';

const line = (id: string, number: string, emergency = false): Helpline => ({
  id,
  number,
  name: id,
  purpose: 'p',
  source: 's',
  checked: '2026-12-01',
  emergency,
  needs: [],
});
const helplines = [line('alarm', '112', true), line('linia', '800 120 002'), line('dzieci', '116 111')];
const topic = (extra: Partial<HelpTopic>): HelpTopic => ({
  id: 't',
  title: 'T',
  answer: 'A',
  urgent: false,
  helplines: [],
  links: [],
  search: 's',
  phrases: ['x'],
  ...extra,
});
const names = { need: (id: string) => `potrzeba ${id}`, institution: (id: string) => (id === 'oik' ? 'OIK' : undefined) };

describe('help answers shipped with the search page', () => {
  it('a cry for help shows 112 first even when the topic lists other numbers only', () => {
    const [a] = helpAnswers([topic({ urgent: true, helplines: ['linia'] })], helplines, names);
    expect(a!.helplines.map((h) => h.number)).toEqual(['112', '800 120 002']);
  });

  it('other topics show their own numbers in their order', () => {
    const [a] = helpAnswers([topic({ helplines: ['dzieci', 'linia'] })], helplines, names);
    expect(a!.helplines.map((h) => h.id)).toEqual(['dzieci', 'linia']);
  });

  it('resolves links to needs of /pomoc/ and institutions through urls.ts', () => {
    const [a] = helpAnswers([topic({ links: [{ need: 'teraz' }, { institution: 'oik' }] })], helplines, names);
    expect(a!.links).toEqual([
      { href: '/pomoc/#teraz', label: 'potrzeba teraz' },
      { href: '/pomoc/oik/', label: 'OIK' },
    ]);
  });

  it('ships only what choosing needs', () => {
    expect(topicPhrases([topic({ urgent: true })])).toEqual([{ id: 't', urgent: true, phrases: ['x'], search: 's' }]);
  });
});
