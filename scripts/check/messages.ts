// Polish messages for zod's issues: the offending value, what was expected and, for an unknown
// field, the allowed field it most likely misspells.
import type { z } from 'zod';
import { closest } from '../../src/lib/suggest.ts';
import { excerpt } from '../../src/lib/contentText.ts';
import { allowedKeys } from './schemaKeys.ts';

/** "tasks.0.actions.0.title", or "(plik)" for the file as a whole. */
export const pathText = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(plik)';

/** A readable name of what a value is, for "oczekiwano liczby, otrzymano „sześć”". */
function describe(value: unknown): string {
  if (value === undefined) return 'brak wartości';
  if (value === null) return 'pustą wartość';
  if (typeof value === 'string') return `„${excerpt(value)}”`;
  if (typeof value === 'object') return Array.isArray(value) ? 'listę' : 'obiekt';
  return `„${excerpt(String(value))}”`;
}

const expectedNames: Record<string, string> = {
  number: 'liczby',
  string: 'tekstu',
  boolean: 'wartości tak/nie',
  array: 'listy',
  object: 'obiektu',
  int: 'liczby całkowitej',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** "nieznane pole „implementors” — czy chodziło o „implementers”?", or the list of allowed fields. */
export function unknownKeyMessage(key: string, allowed: string[]): string {
  // `{ value: 23,5 }` reads as value 23 plus a field "5": the comma of a Polish decimal.
  if (/^\d+$/.test(key) && allowed.includes('value'))
    return `nieznane pole „${key}” — to pewnie reszta liczby z przecinkiem: w polu value pisz kropkę dziesiętną (23.5), a przecinek zostaw w text`;
  const guess = closest(key, allowed);
  if (guess) return `nieznane pole „${key}” — czy chodziło o „${guess}”?`;
  return allowed.length > 0 ? `nieznane pole „${key}” (dozwolone pola: ${allowed.join(', ')})` : `nieznane pole „${key}”`;
}

/** Paths of required fields that an unknown key next to them is a misspelling of. */
export function misspeltKeys(issues: z.core.$ZodIssue[], schema: z.ZodType): Set<string> {
  const out = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeys(schema, issue.path);
    for (const key of issue.keys) {
      const guess = closest(key, allowed);
      if (guess) out.add(pathText([...issue.path, guess]));
    }
  }
  return out;
}

export function issueMessage(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): string {
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'brak wymaganego pola';
    return `oczekiwano ${expectedNames[issue.expected] ?? issue.expected}, otrzymano ${describe(value)}`;
  }
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => unknownKeyMessage(k, allowedKeys(schema, issue.path))).join('; ');
  if (issue.code === 'invalid_value') return `${issue.message}, otrzymano ${describe(value)}`;
  if (issue.code === 'invalid_union') {
    const hint = 'podaj „institution: <id>” albo „name: <nazwa>”';
    // A misspelt key inside the union ("institutin:") deserves the same "did you mean" as elsewhere.
    const allowed = allowedKeys(schema, issue.path);
    const unknown =
      value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => !allowed.includes(k)) : [];
    if (unknown.length > 0) return `${unknown.map((k) => unknownKeyMessage(k, allowed)).join('; ')} (${hint})`;
    return `nieprawidłowa wartość ${describe(value)}: ${hint}`;
  }
  return `${issue.message} (otrzymano ${describe(value)})`;
}
