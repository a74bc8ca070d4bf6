// Things worth fixing that do not stop publication: missing prose for residents and placeholders
// left by `npm run new`. The checker prints them after the errors; they never fail the build.
import type { Path, RawContent } from '../../src/lib/model.ts';

/** The marker `npm run new` puts in every field the editor must fill in. */
export const PLACEHOLDER = 'UZUPEŁNIJ';

export interface Warning {
  file: string;
  /** A field of the YAML, or 'body' for the text under the frontmatter. */
  path: Path | 'body';
  /** For body warnings: the line in the file (1-based). */
  line?: number;
  message: string;
}

/** The text under an MDX file's frontmatter and the line it starts on. */
export interface Body {
  text: string;
  line: number;
}

/** Every string in `data` that still holds the placeholder, with its path. */
function placeholders(data: unknown, path: Path = []): Path[] {
  if (typeof data === 'string') return data.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => placeholders(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => placeholders(v, [...path, k]));
  return [];
}

export function contentWarnings(raw: RawContent, bodies: Map<string, Body>): Warning[] {
  const out: Warning[] = [];
  const emptyBody = (file: string, message: string) => {
    const body = bodies.get(file);
    if (body && body.text.trim() === '') out.push({ file, path: 'body', line: body.line, message });
  };

  for (const p of raw.programmes)
    emptyBody(p.file, 'program nie ma treści pod nagłówkiem (wstęp, diagnoza); dopisz ją pod drugą linią „---”');
  for (const g of raw.goals) {
    if (!g.data.summary?.trim())
      out.push({ file: g.file, path: ['summary'], message: 'cel nie ma streszczenia dla mieszkańców (pole summary)' });
    emptyBody(g.file, 'cel nie ma opisu pod nagłówkiem (jak działania są realizowane); dopisz go pod drugą linią „---”');
  }
  for (const r of raw.reports) emptyBody(r.file, 'sprawozdanie nie ma treści (omówienia) pod nagłówkiem');

  const entries = [...raw.organisations, ...raw.institutions, ...raw.programmes, ...raw.goals, ...raw.statistics, ...raw.reports];
  for (const e of entries) {
    for (const path of placeholders(e.data))
      out.push({ file: e.file, path, message: `pole zawiera „${PLACEHOLDER}” — wpisz właściwą treść` });
    const body = bodies.get(e.file);
    body?.text.split('\n').forEach((line, i) => {
      if (line.includes(PLACEHOLDER))
        out.push({ file: e.file, path: 'body', line: body.line + i, message: `treść zawiera „${PLACEHOLDER}” — wpisz właściwy tekst` });
    });
  }
  return out;
}
