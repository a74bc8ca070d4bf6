// Which content a translated page shows in Polish: the page then says once that some descriptions
// are only in Polish (those parts carry lang="pl").
import type { Helpline } from '../schemas/helpline.ts';
import type { Institution } from '../schemas/institution.ts';
import type { TranslatedLang } from './translations.ts';

const missing = (polish: string | undefined, variant: string | undefined) => Boolean(polish) && !variant?.trim();

/** Does an institution show any resident text (description, help lines) in Polish in this language? */
export function institutionHasPolish(inst: Institution, lang: TranslatedLang): boolean {
  const v = inst.translations?.[lang];
  return missing(inst.description, v?.description) || inst.help.some((h) => missing(h.line, v?.help?.[h.need]));
}

/** Does a helpline show its purpose in Polish in this language? */
export const helplineHasPolish = (h: Helpline, lang: TranslatedLang): boolean => missing(h.purpose, h.translations?.[lang]?.purpose);
