// `npm run check [folder]`: validates content/ (or the given folder) and lists every problem:
// errors first, then warnings. Only errors make the exit code non-zero. Never a stack trace.
import { resolve } from 'node:path';
import { checkContent } from './check/checkContent.ts';
import { checkReport } from './check/report.ts';
import { untranslatedReport } from './check/translations.ts';

const dir = resolve(process.argv[2] ?? process.env.MIERNIK_CONTENT ?? 'content');
let report: ReturnType<typeof checkReport>;
let untranslated = '';
try {
  const result = checkContent(dir);
  report = checkReport(result);
  untranslated = untranslatedReport(result.untranslated);
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    `Sprawdzanie przerwane: ${message}. Sprawdź, czy folder ${dir} istnieje i czy masz prawo go czytać; jeśli tak, przekaż ten komunikat opiekunom serwisu.`,
  );
  process.exit(1);
}
// One stream per outcome, so errors and warnings stay in order when piped or shown in CI.
if (report.failed) {
  console.error(report.text);
  process.exit(1);
}
console.log(report.text);
// Then the Ukrainian and English texts still to write (see docs/tlumaczenia.md): never an error.
if (untranslated) console.log(`\n${untranslated}`);
