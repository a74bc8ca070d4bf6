// Checks of what residents rely on most: the helplines (content/helplines.yaml) and the search's
// phrase → help topic mapping (content/help-topics.yaml), and each institution's place in the
// answers of /pomoc/. The schemas are checked with every other file (checkContent.ts); this adds
// what a schema cannot see: the file is there, numbers are not stale, references resolve.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { helplines as helplinesSchema } from '../../src/schemas/helpline.ts';
import { helpTopics as topicsSchema } from '../../src/schemas/helpTopic.ts';
import { words } from '../../src/lib/helpTopics.ts';
import type { Path, RawContent } from '../../src/lib/model.ts';

export const HELPLINES_FILE = 'helplines.yaml';
export const HELP_TOPICS_FILE = 'help-topics.yaml';

export interface ResidentProblem {
  file: string;
  path: Path;
  message: string;
  warning?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/** Days between an ISO date (RRRR-MM-DD) and `today`; NaN for a date that does not exist. */
function ageInDays(iso: string, today: Date): number {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return Number.NaN;
  return Math.floor((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - d.getTime()) / DAY);
}

/** Parsed and schema-valid data of a content file, or undefined (its schema errors are reported elsewhere). */
function read<T>(full: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T | undefined {
  try {
    const result = schema.safeParse(parse(readFileSync(full, 'utf8')));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every problem of the residents' content. `today` is the day the checked-on dates are compared
 * with (the check's own clock: it decides a warning, never what the site shows).
 */
export function residentProblems(contentDir: string, cwd: string, raw: RawContent, today = new Date()): ResidentProblem[] {
  const out: ResidentProblem[] = [];
  const fileOf = (name: string) => relative(cwd, join(contentDir, name)).split(sep).join('/');
  const helplinesFile = fileOf(HELPLINES_FILE);
  const topicsFile = fileOf(HELP_TOPICS_FILE);

  // Helplines: the site must give a number to call on every page.
  const helplineIds = new Set<string>();
  let helplinesKnown = false; // an invalid helplines.yaml is reported by its schema: no cascade of unknown ids
  if (!existsSync(join(contentDir, HELPLINES_FILE))) {
    out.push({
      file: helplinesFile,
      path: [],
      message: 'brak pliku helplines.yaml: strona musi podawać numer alarmowy 112 i co najmniej jeden telefon pomocy',
    });
  } else {
    const list = read(join(contentDir, HELPLINES_FILE), helplinesSchema);
    if (list) {
      helplinesKnown = true;
      if (!list.some((h) => h.emergency))
        out.push({ file: helplinesFile, path: [], message: 'brak numeru alarmowego: jeden numer (112) musi mieć „emergency: true”' });
      if (!list.some((h) => !h.emergency))
        out.push({
          file: helplinesFile,
          path: [],
          message: 'brak telefonu pomocy: oprócz numeru alarmowego podaj co najmniej jeden telefon pomocy',
        });
      const numbers = new Map<string, number>();
      list.forEach((h, i) => {
        if (helplineIds.has(h.id))
          out.push({ file: helplinesFile, path: [i, 'id'], message: `powtórzony identyfikator telefonu „${h.id}”` });
        helplineIds.add(h.id);
        const digits = h.number.replace(/\D/g, '');
        if (numbers.has(digits))
          out.push({
            file: helplinesFile,
            path: [i, 'number'],
            message: `numer ${h.number} jest już wpisany (pozycja ${numbers.get(digits)! + 1})`,
          });
        numbers.set(digits, i);
        const age = ageInDays(h.checked, today);
        if (Number.isNaN(age)) out.push({ file: helplinesFile, path: [i, 'checked'], message: `nie ma takiego dnia: „${h.checked}”` });
        else if (age < 0)
          out.push({ file: helplinesFile, path: [i, 'checked'], message: `data sprawdzenia ${h.checked} jest w przyszłości` });
        else if (age > 365)
          out.push({
            file: helplinesFile,
            path: [i, 'checked'],
            warning: true,
            message: `numer ${h.number} sprawdzono ${h.checked}, ponad rok temu — sprawdź go w źródle (numery się zmieniają) i wpisz nową datę`,
          });
      });
    }
  }

  // Each institution once per need.
  for (const inst of raw.institutions) {
    const seen = new Set<string>();
    inst.data.help.forEach((h, i) => {
      if (seen.has(h.need))
        out.push({
          file: inst.file,
          path: ['help', i, 'need'],
          message: `instytucja jest już w odpowiedzi „${h.need}” — każda instytucja raz w każdej odpowiedzi`,
        });
      seen.add(h.need);
    });
  }

  // Phrase → help topic mapping.
  if (existsSync(join(contentDir, HELP_TOPICS_FILE))) {
    const topics = read(join(contentDir, HELP_TOPICS_FILE), topicsSchema);
    // Every institution file counts, valid or not: a broken one is reported by its own schema.
    const institutions = (id: string) =>
      raw.institutions.some((i) => i.id === id) || existsSync(join(contentDir, 'institutions', `${id}.yaml`));
    const phraseOwner = new Map<string, string>();
    const topicIds = new Set<string>();
    topics?.forEach((topic, t) => {
      if (topicIds.has(topic.id)) out.push({ file: topicsFile, path: [t, 'id'], message: `powtórzony identyfikator tematu „${topic.id}”` });
      topicIds.add(topic.id);
      topic.helplines.forEach((id, i) => {
        if (helplinesKnown && !helplineIds.has(id))
          out.push({
            file: topicsFile,
            path: [t, 'helplines', i],
            message: `nieznany telefon „${id}” (dozwolone: identyfikatory z helplines.yaml: ${[...helplineIds].join(', ')})`,
          });
      });
      topic.links.forEach((link, i) => {
        if (link.institution !== undefined && !institutions(link.institution))
          out.push({
            file: topicsFile,
            path: [t, 'links', i, 'institution'],
            message: `nieznana instytucja „${link.institution}” (brak pliku institutions/${link.institution}.yaml)`,
          });
      });
      topic.phrases.forEach((phrase, i) => {
        const key = words(phrase).join(' ');
        if (phrase !== phrase.toLocaleLowerCase('pl'))
          out.push({ file: topicsFile, path: [t, 'phrases', i], warning: true, message: `wyrażenie „${phrase}” pisz małymi literami` });
        if (key === '') out.push({ file: topicsFile, path: [t, 'phrases', i], message: 'wyrażenie bez słów' });
        else if (phraseOwner.has(key))
          out.push({
            file: topicsFile,
            path: [t, 'phrases', i],
            message: `wyrażenie „${phrase}” jest już w temacie „${phraseOwner.get(key)}” — jedno wyrażenie prowadzi do jednego tematu`,
          });
        else phraseOwner.set(key, topic.id);
      });
    });
  }
  return out;
}
