// Stack frames are dropped from what an editor sees, whether Astro prints them plain or coloured
// (it colours its output where it thinks a terminal reads it, e.g. with CI=true).
import { describe, expect, it } from 'vitest';
import { isStackLine } from '../../scripts/lib/buildErrors.ts';

describe('isStackLine', () => {
  it.each([
    ['    at resolveConfigPath (file:///x/config.js:38:13)'],
    ['\x1b[2m    at resolveConfigPath (file:///x/config.js:38:13)\x1b[22m'],
    ['  Stack trace:'],
    ['  \x1b[1mStack trace:\x1b[22m'],
  ])('drops %j', (line) => expect(isStackLine(line)).toBe(true));

  it.each([
    ['[ERROR] Cannot find config nie-ma.mjs'],
    ['content/programmes/a/goals/1.mdx:2:1  summary  ostrzeżenie'],
    ['\x1b[31mBłąd\x1b[39m at the end'],
    ['zadania realizowane at home'],
  ])('keeps %j', (line) => expect(isStackLine(line)).toBe(false));
});
