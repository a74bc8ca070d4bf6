// `npm run check [folder]`: validates content/ (or the given folder) and lists every problem:
// errors first, then warnings. Only errors make the exit code non-zero.
import { resolve } from 'node:path';
import { checkContent, formatErrors, formatWarnings } from './check/checkContent.ts';

const dir = resolve(process.argv[2] ?? process.env.MIERNIK_CONTENT ?? 'content');
const { errors, warnings, raw } = checkContent(dir);
const warned = warnings.length > 0 ? ` Ostrzeżenia: ${warnings.length} (nie blokują publikacji, ale warto je poprawić).` : '';

if (errors.length > 0) {
  // One stream, so errors and warnings stay in order when the output is piped or shown in CI.
  console.error(formatErrors(errors));
  if (warnings.length > 0) console.error(formatWarnings(warnings));
  console.error(`\nTreść zawiera błędy: ${errors.length}.${warned} Popraw błędy i uruchom ponownie „npm run check”.`);
  process.exit(1);
}
if (warnings.length > 0) console.log(`${formatWarnings(warnings)}\n`);
console.log(
  `Treść poprawna: ${raw.programmes.length} programy, ${raw.goals.length} cele, ${raw.institutions.length} instytucje, ${raw.reports.length} sprawozdania.${warned}`,
);
