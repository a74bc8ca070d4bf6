// Checks of the easy-to-read pages (content/easy-read.yaml, content/programmes/<slug>/easy-read.yaml)
// beyond their schema: every line follows the mechanical rules of src/lib/easyRead.ts (sentence
// length, no abbreviations, digits, no parentheses…), headings are questions, explained words are
// used, and the programme and institutions it names exist. Every problem is an error at its line.
import { headingProblems, textProblems, type EasyReadOptions } from '../../src/lib/easyRead.ts';
import type { EasyRead } from '../../src/schemas/easyRead.ts';
import type { Path, RawContent } from '../../src/lib/model.ts';

export interface EasyReadFile {
  file: string;
  /** The programme folder of a programme's file; undefined for the site's. */
  programme: string | undefined;
  data: EasyRead;
}

export interface EasyReadCheckProblem {
  file: string;
  path: Path;
  message: string;
}

const PREFIX = 'tekst łatwy do czytania: ';

export function easyReadProblems(
  files: readonly EasyReadFile[],
  raw: RawContent,
  known: { programmes: Set<string>; institutions: Set<string> },
): EasyReadCheckProblem[] {
  const out: EasyReadCheckProblem[] = [];
  const glossary = raw.glossary.map((g) => g.abbr);
  for (const { file, programme, data } of files) {
    const options: EasyReadOptions = { explained: data.words.flatMap((w) => [w.word, w.inText ?? w.word]), glossary };
    const add = (path: Path, problems: { message: string }[]) => {
      for (const p of problems) out.push({ file, path, message: PREFIX + p.message });
    };
    if (programme !== undefined && !known.programmes.has(programme))
      out.push({ file, path: [], message: `${PREFIX}folder „${programme}” nie ma pliku index.mdx: nie ma takiego programu` });
    add(['title'], textProblems(data.title, options));
    data.intro.forEach((line, i) => add(['intro', i], textProblems(line, options)));
    data.sections.forEach((section, s) => {
      add(['sections', s, 'question'], headingProblems(section.question, options));
      section.text.forEach((line, i) => add(['sections', s, 'text', i], textProblems(line, options)));
      section.list?.forEach((line, i) => add(['sections', s, 'list', i], textProblems(line, options)));
    });
    data.helpers.forEach((h, i) => {
      if (!known.institutions.has(h.institution))
        out.push({
          file,
          path: ['helpers', i, 'institution'],
          message: `${PREFIX}nieznana instytucja „${h.institution}” (brak pliku institutions/${h.institution}.yaml)`,
        });
      add(['helpers', i, 'text'], textProblems(h.text, options));
    });
    // The meanings explain: they follow the rules too, but may use the word they explain.
    const everything = [data.title, ...data.intro, ...data.sections.flatMap((s) => [s.question, ...s.text, ...(s.list ?? [])])]
      .concat(data.helpers.map((h) => h.text))
      .join('\n');
    data.words.forEach((w, i) => {
      add(['words', i, 'meaning'], textProblems(w.meaning, options));
      const form = w.inText ?? w.word;
      if (!everything.toLocaleLowerCase('pl').includes(form.toLocaleLowerCase('pl')))
        out.push({
          file,
          path: ['words', i, w.inText ? 'inText' : 'word'],
          message: `${PREFIX}słowo „${form}” nie występuje w tekście: popraw inText albo usuń je z listy words`,
        });
    });
  }
  return out;
}
