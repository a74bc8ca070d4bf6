// `npm run check [folder]`: validates content/ (or the given folder) and lists every problem.
import { resolve } from 'node:path';
import { checkContent, formatErrors } from './check/checkContent.ts';

const dir = resolve(process.argv[2] ?? process.env.MIERNIK_CONTENT ?? 'content');
const { errors, raw } = checkContent(dir);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`\nTreść zawiera błędy: ${errors.length}. Popraw je i uruchom ponownie „npm run check”.`);
  process.exit(1);
}
const indicators = raw.goals.length;
console.log(`Treść poprawna: ${raw.programmes.length} programy, ${indicators} cele, ${raw.institutions.length} instytucje, ${raw.reports.length} sprawozdania.`);
