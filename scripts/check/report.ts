// What `npm run check` prints, as a pure function of the check result, so that tests and the
// examples in docs/bledy.md compare against exactly the text editors see.
import { plural } from '../../src/lib/format.ts';
import { formatErrors, formatWarnings, type CheckResult } from './checkContent.ts';

export interface Report {
  text: string;
  /** True when there are errors: the command exits 1 and prints to stderr. */
  failed: boolean;
}

export function checkReport({ errors, warnings, raw }: CheckResult): Report {
  const warned = warnings.length > 0 ? ` Ostrzeżenia: ${warnings.length} (nie blokują publikacji, ale warto je poprawić).` : '';
  const listed = [formatErrors(errors), formatWarnings(warnings)].filter((s) => s !== '').join('\n');
  if (errors.length > 0) {
    const summary = `Treść zawiera błędy: ${errors.length}.${warned} Popraw błędy i uruchom ponownie „npm run check”.`;
    return { text: `${listed}\n\n${summary}`, failed: true };
  }
  const counts = [
    plural(raw.programmes.length, { one: 'program', few: 'programy', many: 'programów' }),
    plural(raw.goals.length, { one: 'cel', few: 'cele', many: 'celów' }),
    plural(raw.institutions.length, { one: 'instytucja', few: 'instytucje', many: 'instytucji' }),
    plural(raw.reports.length, { one: 'sprawozdanie', few: 'sprawozdania', many: 'sprawozdań' }),
  ].join(', ');
  const summary = `Treść poprawna: ${counts}.${warned}`;
  return { text: listed ? `${listed}\n\n${summary}` : summary, failed: false };
}
