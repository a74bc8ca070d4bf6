// The time model of values, budgets and schedules (src/lib/valueTime.ts): what the content's
// year / from–to / annual / nothing resolve to, how times are keyed, ordered and spanned, and the
// words pages use for each — so a range is never "rocznie" and a yearly value never one year.
import { describe, expect, it } from 'vitest';
import {
  compareTime,
  resolveTime,
  timeKey,
  timeLabel,
  timeSpan,
  withinPeriod,
  withYearsSaid,
  yearsInText,
  type ValueTime,
} from '../../src/lib/valueTime.ts';
import { t } from '../../src/i18n/pl.ts';

const period = { start: 2024, end: 2030 };
const year = (y: number): ValueTime => ({ kind: 'year', year: y });
const range = (from: number, to: number): ValueTime => ({ kind: 'range', from, to });
const annual = (from: number, to: number): ValueTime => ({ kind: 'annual', from, to });
const none: ValueTime = { kind: 'none' };

describe('resolveTime', () => {
  it('reads one year, a range as a whole, each year of a range, or no time', () => {
    expect(resolveTime({ year: 2024 }, period)).toEqual(year(2024));
    expect(resolveTime({ from: 2025, to: 2027 }, period)).toEqual(range(2025, 2027));
    expect(resolveTime({ annual: true, from: 2025, to: 2027 }, period)).toEqual(annual(2025, 2027));
    expect(resolveTime({}, period)).toEqual(none);
  });

  it('takes the programme period for "annual: true" without from–to', () => {
    expect(resolveTime({ annual: true }, period)).toEqual(annual(2024, 2030));
    expect(resolveTime({ annual: true }, { start: 2011, end: 2020 })).toEqual(annual(2011, 2020));
  });

  it('never turns a range into yearly values, nor a half-given range into one', () => {
    expect(resolveTime({ from: 2011, to: 2020 }, { start: 2011, end: 2020 }).kind).toBe('range');
    // The schema refuses these (common.ts timeProblems); resolved alone they say no time, not a made-up span.
    expect(resolveTime({ from: 2025 }, period)).toEqual(none);
    expect(resolveTime({ to: 2025 }, period)).toEqual(none);
  });
});

describe('timeSpan, timeKey, withinPeriod', () => {
  it('spans the first and last year a time covers; null for no time', () => {
    expect(timeSpan(year(2024))).toEqual({ start: 2024, end: 2024 });
    expect(timeSpan(range(2025, 2027))).toEqual({ start: 2025, end: 2027 });
    expect(timeSpan(annual(2024, 2030))).toEqual({ start: 2024, end: 2030 });
    expect(timeSpan(none)).toEqual({ start: null, end: null });
  });

  it('keys tell a range from yearly values of the same years, and from a year', () => {
    const keys = [year(2025), range(2025, 2027), annual(2025, 2027), none].map(timeKey);
    expect(keys).toEqual(['2025', '2025-2027', 'co-roku-2025-2027', 'bez-okresu']);
    expect(new Set(keys).size).toBe(keys.length);
    expect(timeKey(range(2025, 2027))).toBe(timeKey({ kind: 'range', from: 2025, to: 2027 }));
  });

  it('is within the period when every year it covers is', () => {
    expect(withinPeriod(year(2024), period)).toBe(true);
    expect(withinPeriod(year(2023), period)).toBe(false);
    expect(withinPeriod(range(2024, 2030), period)).toBe(true);
    expect(withinPeriod(range(2023, 2025), period)).toBe(false);
    expect(withinPeriod(annual(2029, 2031), period)).toBe(false);
    expect(withinPeriod(none, period)).toBe(true);
  });
});

describe('compareTime', () => {
  it('orders single years first by year, then ranges, then yearly values, each by start and end, and no time last', () => {
    const shuffled = [
      none,
      annual(2024, 2030),
      range(2025, 2027),
      year(2026),
      range(2018, 2022),
      year(2024),
      range(2018, 2020),
      annual(2021, 2022),
    ];
    expect([...shuffled].sort(compareTime).map(timeKey)).toEqual([
      '2024',
      '2026',
      '2018-2020',
      '2018-2022',
      '2025-2027',
      'co-roku-2021-2022',
      'co-roku-2024-2030',
      'bez-okresu',
    ]);
  });

  it('is 0 only for the same time', () => {
    expect(compareTime(range(2025, 2027), range(2025, 2027))).toBe(0);
    expect(compareTime(range(2025, 2027), annual(2025, 2027))).not.toBe(0);
    expect(compareTime(none, none)).toBe(0);
  });
});

describe('timeLabel with the site’s words (src/i18n/pl.ts t.time)', () => {
  it('says a year, "w latach" for a range, "rocznie w latach" for yearly values, and that the document gives no year', () => {
    expect(timeLabel(year(2024), t.time)).toBe('2024');
    expect(timeLabel(range(2025, 2027), t.time)).toBe('w latach 2025–2027');
    expect(timeLabel(annual(2024, 2030), t.time)).toBe('rocznie w latach 2024–2030');
    expect(timeLabel(none, t.time)).toBe('dokument nie podaje roku');
  });

  it('has short forms for column headers that still tell the kinds apart', () => {
    expect(timeLabel(year(2024), t.time.short)).toBe('2024');
    expect(timeLabel(range(2025, 2027), t.time.short)).toBe('2025–2027 (łącznie)');
    expect(timeLabel(annual(2024, 2030), t.time.short)).toBe('rocznie (2024–2030)');
    expect(timeLabel(none, t.time.short)).toBe('bez roku');
  });

  it('never labels a range "rocznie", nor yearly values without "rocznie" or as one year', () => {
    for (const words of [t.time, t.time.short]) {
      expect(timeLabel(range(2011, 2020), words)).not.toMatch(/rocznie|co roku/);
      expect(timeLabel(range(2011, 2020), words)).toContain('2011–2020');
      expect(timeLabel(annual(2011, 2020), words)).toMatch(/rocznie/);
      expect(timeLabel(annual(2011, 2020), words)).toContain('2011–2020');
    }
  });
});

describe('yearsInText', () => {
  it('finds the years a schedule names', () => {
    expect(yearsInText('III kwartał 2013')).toEqual([2013]);
    expect(yearsInText('2024–2030')).toEqual([2024, 2030]);
    expect(yearsInText('w latach 2011-2020, także w 2011 r.')).toEqual([2011, 2020]);
    expect(yearsInText('do końca 2025.')).toEqual([2025]);
  });

  it('finds none in wordings without years, amounts or decimals', () => {
    expect(yearsInText('corocznie')).toEqual([]);
    expect(yearsInText('w miarę potrzeb')).toEqual([]);
    expect(yearsInText('2 000 zł rocznie')).toEqual([]);
    expect(yearsInText('12013 osób')).toEqual([]);
    expect(yearsInText('2020,5%')).toEqual([]);
    expect(yearsInText('1.2024')).toEqual([]);
  });
});

describe('withYearsSaid', () => {
  it('adds the years in words only where the wording does not name them', () => {
    expect(withYearsSaid('corocznie', annual(2011, 2020), t.time)).toBe('corocznie (w latach 2011–2020)');
    expect(withYearsSaid('do końca roku', year(2013), t.time)).toBe('do końca roku (2013)');
    expect(withYearsSaid('w okresie obowiązywania programu', range(2025, 2027), t.time)).toBe(
      'w okresie obowiązywania programu (w latach 2025–2027)',
    );
  });
  it('leaves a wording that names its years, or one without a time, as the document gives it', () => {
    expect(withYearsSaid('III kwartał 2013', year(2013), t.time)).toBe('III kwartał 2013');
    expect(withYearsSaid('2024–2030', annual(2024, 2030), t.time)).toBe('2024–2030');
    expect(withYearsSaid('w miarę potrzeb', none, t.time)).toBe('w miarę potrzeb');
  });
  it('still adds the years when the wording names only one end of the range', () => {
    expect(withYearsSaid('od 2025', range(2025, 2027), t.time)).toBe('od 2025 (w latach 2025–2027)');
  });
});
