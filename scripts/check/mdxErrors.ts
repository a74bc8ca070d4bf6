// MDX parser errors in Polish, with what to do. The parser's own English words follow in
// parentheses (shortened): they are what a web search finds. Its own hints are dropped where
// they recommend what the check forbids (`{/* … */}` comments are expressions, refused in bodies).
import { ALLOWED_TAGS } from '../../src/lib/mdxSafety.ts';

const allowed = [...ALLOWED_TAGS].map((t) => `<${t}>`).join(', ');

const rules: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /before name, expected a character that can start a name.*create a comment/s,
    () =>
      'komentarz HTML „<!-- … -->” nie działa w treści MDX — usuń go; notatkę dla redakcji wpisz w nagłówku YAML jako linię zaczynającą się od „#”',
  ],
  [
    /Expected a closing tag for `<(\w*)>`/,
    (m) =>
      ['br', 'img', 'hr', 'input'].includes(m[1]!)
        ? `znacznik <${m[1]}> trzeba zamknąć ukośnikiem: napisz <${m[1]} />${m[1] === 'br' ? '' : ` (a najlepiej zamiast <${m[1]}> użyj Markdownu)`}`
        : `znacznik <${m[1]}> nie jest zamknięty — dopisz </${m[1]}> w tym samym akapicie albo usuń znacznik (dozwolone znaczniki: ${allowed})`,
  ],
  [
    /Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w*)>`/,
    (m) => `zamknięcie </${m[1]}> nie pasuje do otwartego znacznika <${m[2]}> — zamknij najpierw </${m[2]}>`,
  ],
  [/Unexpected closing tag `<\/(\w*)>`/, (m) => `zamknięcie </${m[1]}> bez otwarcia <${m[1]}> — usuń je albo dopisz <${m[1]}> wcześniej`],
  [
    /Unexpected character after `<`, expected a valid JSX tag/,
    () =>
      'znak „<” zaczyna tu znacznik, a nim nie jest — jeśli to „mniej niż”, napisz \\< albo słowami; wartości atrybutów ujmij w cudzysłów (title="…")',
  ],
  [
    /Unexpected end of file in expression, expected a corresponding closing brace/,
    () => 'znak „{” w treści — aby go wpisać, poprzedź go ukośnikiem: \\{',
  ],
  [/Unexpected character .* in attribute/, () => 'niepoprawny atrybut znacznika — pisz title="…" (wartość w cudzysłowie)'],
];

/** "błąd składni MDX: znacznik <div> nie jest zamknięty … (Expected a closing tag for `<div>`)". */
export function mdxErrorMessage(raw: string): string {
  const first = raw.split('\n')[0]!.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '');
  const original = first
    .replace(/\s*\(note:.*?\)/, '')
    .replace(/\s*\([\w-]+:[\w-]+\)$/, '')
    .slice(0, 100);
  for (const [pattern, polish] of rules) {
    const m = pattern.exec(first);
    if (m) return `błąd składni MDX: ${polish(m)} (${original})`;
  }
  return `błąd składni MDX: popraw zapis w tej linii — w treści pisz Markdownem, bez nawiasów { } i bez znaczników innych niż ${allowed} (${original})`;
}
