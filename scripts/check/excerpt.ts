// The last step before a message is shown: values quoted in it („…”) are cut to a short excerpt
// and invisible characters written as U+XXXX, whatever check produced the message. A value can be
// a whole file (a link to /etc/passwd read as YAML would otherwise be printed in full).
import { excerpt, visible } from '../../src/lib/contentText.ts';
import { clip } from '../../src/lib/format.ts';

/** Longest quoted value shown, and longest message. */
export const MAX_QUOTED = 60;
export const MAX_MESSAGE = 700;

export function safeMessage(message: string): string {
  const quoted = message.replace(/„([^”]*)”/g, (_m, value: string) => `„${excerpt(value, MAX_QUOTED)}”`);
  const shown = visible(quoted).replace(/\r?\n/g, ' ');
  return clip(shown, MAX_MESSAGE, 'character');
}
