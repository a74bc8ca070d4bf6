// Polish numbers as documents print them, and the ambiguous ones the importer must refuse.
import { describe, expect, it } from 'vitest';
import { hasDigits, parseAmount, parseMeasure, parseNumber, splitCompound, tidyCell } from '../../src/lib/polishNumbers.ts';

describe('parseNumber', () => {
  it.each([
    ['1200', 1200],
    ['1 250', 1250],
    ['1\u00a0250', 1250],
    ['44\u202f562', 44562],
    ['12 667 680', 12667680],
    ['12.667.680', 12667680],
    ['23,5', 23.5],
    ['1 250,75', 1250.75],
    ['0', 0],
    ['-5', -5],
    ['\u22120,46', -0.46],
  ])('%s → %s', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['1.5', '1.250', '12,5,1', '1 25', '12a', 'ok. 20', '', '– 25', '20–25'])('refuses „%s”', (text) =>
    expect(parseNumber(text)).toBeUndefined(),
  );
});

describe('parseAmount', () => {
  it.each([
    ['23,5%', { value: 23.5, unit: 'percent' }],
    ['23,5 %', { value: 23.5, unit: 'percent' }],
    ['30 000 zł', { value: 30000, unit: 'currency' }],
    ['30 000,50 zł', { value: 30000.5, unit: 'currency' }],
    ['30 000 złotych', { value: 30000, unit: 'currency' }],
    ['1 250', { value: 1250, unit: 'count' }],
    ['– 25', { value: 25, unit: 'count' }], // the dash is punctuation ("Liczba osób – 25" cut short)
    ['- 25', { value: 25, unit: 'count' }],
    ['-25', { value: -25, unit: 'count' }], // a minus touches its digits
    ['650;', { value: 650, unit: 'count' }],
  ])('%s', (text, amount) => expect(parseAmount(text)).toEqual(amount));

  it.each(['1.5%', '30 000 złote?', 'zł 30', '20-30 osób', 'około 5'])('refuses „%s”', (text) => expect(parseAmount(text)).toBeUndefined());
});

describe('parseMeasure', () => {
  it.each([
    ['Liczba porad – 1200', 'Liczba porad', 1200, 'count', false],
    ['Liczba porad – 1 250', 'Liczba porad', 1250, 'count', false],
    ['Liczba porad: 1200', 'Liczba porad', 1200, 'count', false],
    ['- Policja – 70%', 'Policja', 70, 'percent', false],
    ['-ochrona zdrowia – 1,5%', 'ochrona zdrowia', 1.5, 'percent', false],
    ['Liczba dzieci w rodzinach dotkniętych przemocą - 650;', 'Liczba dzieci w rodzinach dotkniętych przemocą', 650, 'count', false],
    // the last dash separates: the one inside the quotation belongs to the label
    ['Liczba wypełnionych „Niebieskich Kart – D” - 450', 'Liczba wypełnionych „Niebieskich Kart – D”', 450, 'count', false],
    // a number inside the label stays there
    [
      'Liczba dzieci umieszczonych w pieczy zastępczej w oparciu o art. 12a – 2.',
      'Liczba dzieci umieszczonych w pieczy zastępczej w oparciu o art. 12a',
      2,
      'count',
      false,
    ],
    ['850 powołanych grup roboczych;', 'powołanych grup roboczych', 850, 'count', true],
    ['4 Posiedzenia Zespołu Strategicznego', 'Posiedzenia Zespołu Strategicznego', 4, 'count', true],
    ['1 250 porad', 'porad', 1250, 'count', true],
    ['Koszt – 30 000 zł', 'Koszt', 30000, 'currency', false],
    ['23,5%', '', 23.5, 'percent', true],
  ])('%s', (text, label, value, unit, numberFirst) => expect(parseMeasure(text)).toEqual({ label, value, unit, numberFirst }));

  it.each(['Liczba osób 18-25', 'ok. 20 osób', 'Liczba osób – 1000 osób', '4 36 posiedzeń', 'Liczba porad – 1.5', 'Organizacja gali'])(
    'refuses „%s”',
    (text) => expect(parseMeasure(text)).toBeUndefined(),
  );
});

describe('splitCompound and tidyCell', () => {
  it('splits measures joined by semicolons or by a comma before a number', () => {
    expect(splitCompound('20 szkoleń, 150 uczestników')).toEqual(['20 szkoleń', '150 uczestników']);
    expect(splitCompound('Liczba porad – 4; Liczba osób – 36;')).toEqual(['Liczba porad – 4', 'Liczba osób – 36']);
  });

  it('keeps decimal commas and commas in words together', () => {
    expect(splitCompound('ochrona zdrowia – 1,5%')).toEqual(['ochrona zdrowia – 1,5%']);
    expect(splitCompound('Liczba rodzin, którym udzielono pomocy – 130')).toEqual(['Liczba rodzin, którym udzielono pomocy – 130']);
    expect(splitCompound('–')).toEqual([]);
  });

  it('strips bullets and closing punctuation, not minus signs', () => {
    expect(tidyCell('  - Policja – 70%; ')).toBe('Policja – 70%');
    expect(tidyCell('– 25')).toBe('25');
    expect(tidyCell('-25')).toBe('-25');
    expect(tidyCell('Liczba\n porad – 1.')).toBe('Liczba porad – 1');
  });

  it('tells wording from numbers', () => {
    expect(hasDigits('Organizacja gali')).toBe(false);
    expect(hasDigits('ok. 20')).toBe(true);
  });
});
