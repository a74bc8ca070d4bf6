// The interface text (src/i18n/pl.ts) is typed: every map over a closed set of keys has each key,
// and a dictionary in another language must have the Polish one's shape (`Dictionary`) — the
// typecheck (`tsc --noEmit -p .` covers tests/) checks the @ts-expect-error lines below.
import { describe, expect, it } from 'vitest';
import { t, type Dictionary } from '../../src/i18n/pl.ts';

describe('interface text', () => {
  it('has one value-kind section, each map over the same kinds', () => {
    const kinds = Object.keys(t.valueKinds.name);
    expect(kinds).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
    for (const map of Object.values(t.valueKinds)) expect(Object.keys(map)).toEqual(kinds);
    // The chart's names are the same maps, not copies.
    expect(t.chart.kinds).toBe(t.valueKinds.one);
    expect(t.chart.kindsMany).toBe(t.valueKinds.many);
    expect(t.chart.legendKinds).toBe(t.valueKinds.legend);
    expect(t.chart.when).toBe(t.valueKinds.when);
  });

  it('says where a value stands in its document, and names budget lines', () => {
    expect(t.section.goal('I')).toBe('cel I');
    expect(t.section.task('1.2')).toBe('zadanie 1.2');
    expect(t.budgetLineLabel('Kampania')).toBe('Planowane środki: Kampania');
  });

  it('is the shape another dictionary must have: a missing key or a key of the wrong kind does not typecheck', () => {
    const same: Dictionary = t;
    expect(same).toBe(t);
    // @ts-expect-error a value kind without its name
    const missing: Dictionary['valueKinds']['name'] = { target: 'x', achieved: 'x', statistic: 'x', baseline: 'x' };
    // @ts-expect-error a unit the explorer does not know
    const extra: Dictionary['explorer']['units'] = { count: 'x', percent: 'x', currency: 'x', text: 'x', other: 'x' };
    // @ts-expect-error a need of /pomoc/ without its title
    const need: Dictionary['help']['needs'] = { teraz: 'x', rozmowa: 'x', bliscy: 'x', zmiana: 'x' };
    expect([missing, extra, need]).toHaveLength(3);
  });
});
