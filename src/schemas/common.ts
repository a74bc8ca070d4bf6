import { z } from 'zod';

/** A URL-safe identifier: lower-case letters, digits and hyphens ("krakow", "mops-krakow"). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'oczekiwano identyfikatora z małych liter, cyfr i myślników');

/** A calendar year such as 2024. */
export const year = z.number().int().min(1990).max(2100);

/** A date written as in the source: "2021-12", "2021-06-30" or just "2021". Quote it in YAML. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'oczekiwano daty w postaci RRRR, RRRR-MM lub RRRR-MM-DD (w cudzysłowie)');

/** Non-empty text. */
export const text = z.string().trim().min(1, 'pole nie może być puste');

/**
 * Why `value` is not the number `text` states, when that is right: the check requires the two to
 * agree, and a page shows this reason next to the value. Say what the source says ("dokument podaje
 * 2 506 w tabeli i 2 560 w opisie; w tabeli przyjęto 2 506"). Leave out whenever they agree.
 */
export const textDiffers = z.string().trim().min(1, 'pole nie może być puste: podaj powód albo usuń textDiffers');

/**
 * When a value holds, written the way the document says it. Give one of:
 * - `year: 2024` — one year;
 * - `from: 2025` and `to: 2027` — the range as a whole ("w latach 2025–2027", "na lata 2011–2020");
 * - `annual: true` — each year ("rocznie", "w ujęciu rocznym") of the programme's period, or of
 *   `from`–`to` when given. Write one value per year instead only where the document lists the years;
 * - none of them — the document gives no time at all (pages say so).
 */
export const timeFields = {
  /** One year the value is for. */
  year: year.optional(),
  /** First year of a range (with `to`). */
  from: year.optional(),
  /** Last year of a range (with `from`). */
  to: year.optional(),
  /** true: the value holds for each year of the programme's period (or of from–to). */
  annual: z.literal(true).optional(),
};

interface TimeFields {
  year?: number;
  from?: number;
  to?: number;
  annual?: true;
}

/** The ways `year`, `from`, `to` and `annual` can contradict one another, each with its field. */
export function timeProblems(v: TimeFields): { field: keyof TimeFields; message: string }[] {
  const out: { field: keyof TimeFields; message: string }[] = [];
  if (v.year !== undefined && (v.from !== undefined || v.to !== undefined))
    out.push({ field: 'year', message: 'podaj albo jeden rok (year), albo lata od–do (from i to), nie oba' });
  else if (v.year !== undefined && v.annual)
    out.push({
      field: 'annual',
      message: '„annual: true” znaczy „co roku w okresie” — nie łączy się z jednym rokiem (year); usuń jedno z nich',
    });
  if (v.from !== undefined && v.to === undefined)
    out.push({ field: 'from', message: 'brak roku końcowego: dopisz „to: <rok>” obok „from”' });
  if (v.to !== undefined && v.from === undefined)
    out.push({ field: 'to', message: 'brak roku początkowego: dopisz „from: <rok>” obok „to”' });
  if (v.from !== undefined && v.to !== undefined) {
    if (v.to < v.from) out.push({ field: 'to', message: 'rok końcowy (to) jest wcześniejszy niż rok początkowy (from)' });
    else if (v.to === v.from && !v.annual) out.push({ field: 'to', message: `from i to to ten sam rok — wpisz „year: ${v.from}”` });
  }
  return out;
}

/** Adds the checks of `timeProblems` to an object schema that has the `timeFields`. */
export const withTime = <T extends z.ZodType<TimeFields>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    for (const p of timeProblems(v)) ctx.addIssue({ code: 'custom', message: p.message, path: [p.field] });
  });

/** An http(s) address. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'oczekiwano adresu zaczynającego się od https:// lub http://' });
