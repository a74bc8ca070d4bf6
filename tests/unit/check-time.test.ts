// The time of a value, a budget or an action's schedule, as `npm run check` reports it: every
// contradiction between year, from, to and annual, a time outside the programme's period, and a
// schedule whose wording names years the fields do not say — each at its file, line and field.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { brokenFixture, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const GOAL = 'programmes/przyklad-2011-2020/goals/1.mdx';
const TARGET = '{ from: 2011, to: 2020, kind: target, value: 500';
const SCHEDULE = 'schedule: { text: "III kwartał 2013", year: 2013 }';

const cases: [name: string, from: string, to: string, path: string, message: RegExp, at: string][] = [
  [
    'year and a range together',
    TARGET,
    '{ year: 2012, from: 2011, to: 2020, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.year',
    /podaj albo jeden rok \(year\), albo lata od–do/,
    'year: 2012',
  ],
  [
    'a range without its end',
    TARGET,
    '{ from: 2011, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.from',
    /brak roku końcowego/,
    'from: 2011',
  ],
  [
    'a range without its start',
    TARGET,
    '{ to: 2020, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.to',
    /brak roku początkowego/,
    'to: 2020',
  ],
  [
    'a range that ends before it starts',
    TARGET,
    '{ from: 2020, to: 2011, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.to',
    /wcześniejszy niż rok początkowy/,
    'to: 2011',
  ],
  [
    'a range of one year',
    TARGET,
    '{ from: 2015, to: 2015, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.to',
    /wpisz „year: 2015”/,
    'to: 2015',
  ],
  [
    'each year, and one year',
    TARGET,
    '{ year: 2015, annual: true, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.annual',
    /nie łączy się z jednym rokiem/,
    'annual: true',
  ],
  [
    'a range past the period',
    TARGET,
    '{ from: 2011, to: 2022, kind: target, value: 500',
    'tasks.0.actions.0.indicators.0.values.0.to',
    /lata 2011–2022 wychodzą poza okres programu 2011–2020/,
    'to: 2022',
  ],
  [
    'a budget range before the period',
    '{ annual: true, value: 2000',
    '{ from: 2009, to: 2012, value: 2000',
    'tasks.1.actions.0.budget.0.from',
    /lata 2009–2012 wychodzą poza okres/,
    'from: 2009',
  ],
  [
    'a schedule naming a year it does not give',
    SCHEDULE,
    'schedule: { text: "III kwartał 2013" }',
    'tasks.0.actions.0.schedule.text',
    /tekst terminu „III kwartał 2013” podaje rok — dopisz year: 2013/,
    'III kwartał 2013',
  ],
  [
    'a schedule with another year than its wording',
    SCHEDULE,
    'schedule: { text: "III kwartał 2013", year: 2014 }',
    'tasks.0.actions.0.schedule.year',
    /lata terminu \(2014\) nie zgadzają się z tekstem „III kwartał 2013” — wpisz year: 2013/,
    'III kwartał 2013',
  ],
  [
    'a schedule range shorter than its wording',
    'schedule: { text: "2011–2020", from: 2011, to: 2020 }',
    'schedule: { text: "2011–2020", from: 2011, to: 2015 }',
    'tasks.0.actions.1.schedule.from',
    /wpisz from: 2011 i to: 2020/,
    'text: "2011–2020"',
  ],
  [
    'a schedule outside the period',
    SCHEDULE,
    'schedule: { text: "III kwartał 2023", year: 2023 }',
    'tasks.0.actions.0.schedule.year',
    /rok 2023 poza okresem programu 2011–2020/,
    'III kwartał 2023',
  ],
];

describe('time of values and schedules in npm run check', () => {
  it.each(cases)('%s', (_name, from, to, path, message, at) => {
    const dir = brokenFixture([GOAL, from, to]);
    const errors = checkContent(dir, dir).errors.filter((e) => e.file === GOAL);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path, line: lineOf(dir, GOAL, at) });
    expect(errors[0]!.message).toMatch(message);
  });

  it('accepts each shape of time in the fixture as it is', () => {
    const dir = brokenFixture();
    expect(checkContent(dir, dir).errors).toEqual([]);
  });
});
