// Minimal version of h-translate's module (their version wins at merge): the languages content
// may be translated into, and the choice between a content field's Polish text and its variant.
export const TRANSLATED_LANGS = ['uk', 'en'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];
export type PageLang = 'pl' | TranslatedLang;
/** A text to show and the language it is in (Polish when the content has no variant: pages mark it lang="pl"). */
export interface LocalText {
  text: string;
  lang: PageLang;
}
export function localText(polish: string, variant: string | undefined, lang: PageLang): LocalText {
  return lang !== 'pl' && variant && variant.trim() !== '' ? { text: variant, lang } : { text: polish, lang: 'pl' };
}
