// YAML parser errors in Polish, with what to do. The parser's own English words follow in
// parentheses: they are what a web search finds.
import type { YAMLError } from 'yaml';

const byCode: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'złe wcięcie — pola jednego poziomu muszą zaczynać się tą samą liczbą spacji',
  TAB_AS_INDENT: 'tabulator we wcięciu — w YAML wcina się spacjami',
  DUPLICATE_KEY: 'to samo pole podane dwa razy w jednym miejscu — zostaw jedno',
  MULTILINE_IMPLICIT_KEY: 'nazwa pola musi mieścić się w jednej linii — sprawdź wcięcie, dwukropek po nazwie pola i cudzysłowy wokół tekstu z dwukropkiem',
  BLOCK_AS_IMPLICIT_KEY: 'nazwa pola musi mieścić się w jednej linii — sprawdź wcięcie, dwukropek po nazwie pola i cudzysłowy wokół tekstu z dwukropkiem',
  BLOCK_IN_FLOW: 'w nawiasach { } lub [ ] wszystko musi być w jednym ciągu — zamknij nawias albo przepisz listę w osobnych liniach',
  BAD_SCALAR_START: 'tekst nie może zaczynać się od tego znaku — ujmij go w cudzysłów',
  BAD_DQ_ESCAPE: 'nieprawidłowy znak po „\\” w tekście w cudzysłowie',
  UNEXPECTED_TOKEN: 'nieoczekiwany znak — sprawdź cudzysłowy, nawiasy i dwukropki w tej linii',
  MULTIPLE_DOCS: 'w pliku jest więcej niż jeden dokument YAML (druga linia „---”)',
  NON_STRING_KEY: 'nazwa pola musi być zwykłym tekstem',
};

function missingChar(message: string): string {
  if (/quote/i.test(message)) return 'brak zamykającego cudzysłowu — tekst zaczęty cudzysłowem musi się nim kończyć';
  if (message.includes('}')) return 'brak zamykającego nawiasu „}”';
  if (message.includes(']')) return 'brak zamykającego nawiasu „]”';
  return 'brakuje znaku zamykającego (cudzysłowu lub nawiasu)';
}

/** "błąd składni YAML: brak zamykającego cudzysłowu … (Missing closing "quote)". */
export function yamlErrorMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
  const original = error.message.split('\n')[0]!;
  const polish = error.code === 'MISSING_CHAR' ? missingChar(original) : byCode[error.code];
  return `błąd składni YAML: ${polish ? `${polish} (${original})` : original}`;
}
