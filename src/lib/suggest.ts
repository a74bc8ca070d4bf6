import { editDistance, fold } from './text.ts';

// src/scripts/search.ts imports the fold from here.
export { fold };

// "Did you mean …?" for misspelt field names: the allowed name closest to what the editor typed.

/**
 * The candidate closest to `typed`, or undefined when none is close enough to be a plausible typo
 * (at most one edit per three letters, and at least one). Ties go to the earlier candidate.
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(fold(typed), fold(name));
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
