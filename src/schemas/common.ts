import { z } from 'zod';

/** A URL-safe identifier: lower-case letters, digits and hyphens ("krakow", "mops-krakow"). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'oczekiwano identyfikatora z małych liter, cyfr i myślników');

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
