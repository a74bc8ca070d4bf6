// `npm run check [folder]`: validates content/ (or the given folder) and lists every problem:
// errors first, then warnings. Only errors make the exit code non-zero.
import { resolve } from 'node:path';
import { checkContent } from './check/checkContent.ts';
import { checkReport } from './check/report.ts';

const dir = resolve(process.argv[2] ?? process.env.MIERNIK_CONTENT ?? 'content');
const { text, failed } = checkReport(checkContent(dir));
// One stream per outcome, so errors and warnings stay in order when piped or shown in CI.
if (failed) {
  console.error(text);
  process.exit(1);
}
console.log(text);
