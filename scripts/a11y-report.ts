// Raport dostępności i wagi stron: dla każdej strony HTML z dist/ liczba naruszeń axe-core
// (WCAG 2.0/2.1/2.2 A i AA oraz dobre praktyki) i liczba bajtów pobranych przy jej otwarciu
// (sama strona i wszystkie jej zasoby), na końcu sumy. Sam uruchamia serwer na 127.0.0.1 i
// Chromium z Debiana (CHROME_PATH albo /usr/bin/chromium). Kod wyjścia 1, gdy są naruszenia.
//
//   node scripts/a11y-report.ts            # strony z dist/ (albo z MIERNIK_OUT)
//   node scripts/a11y-report.ts --details  # także reguły i selektory każdego naruszenia
import { existsSync } from 'node:fs';
import { DIST, htmlPages } from './lib/dist.ts';
import { openGate, type PageResult } from './lib/gate.ts';

const details = process.argv.includes('--details');

if (!existsSync(DIST)) {
  console.error(`Brak katalogu ${DIST} — najpierw zbuduj serwis: npm run build`);
  process.exit(1);
}
const pages = htmlPages();
if (!pages.length) {
  console.error(`W ${DIST} nie ma stron HTML — najpierw zbuduj serwis: npm run build`);
  process.exit(1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).replace('.', ',');
const started = Date.now();
const gate = await openGate(DIST, { checks: ['axe'] });
const results: PageResult[] = [];
try {
  const width = Math.min(90, Math.max(...pages.map((p) => p.length)));
  console.log(`${'strona'.padEnd(width)}  naruszenia   KB`);
  for (const page of pages) {
    const r = await gate.check(page);
    results.push(r);
    const flag = r.axeViolations || r.foreign.length ? '  ✗' : '';
    console.log(`${page.padEnd(width)}  ${String(r.axeViolations).padStart(10)}  ${kb(r.bytes).padStart(7)}${flag}`);
    if (details || r.foreign.length)
      for (const f of r.findings)
        console.log(`    ${f.check}/${f.rule}: ${f.message}${f.targets?.length ? ` — ${f.targets.join(', ')}` : ''}`);
  }
} finally {
  await gate.close();
}

const violations = results.reduce((n, r) => n + r.axeViolations, 0);
const bytes = results.reduce((n, r) => n + r.bytes, 0);
const failing = results.filter((r) => r.axeViolations > 0);
const foreign = results.filter((r) => r.foreign.length > 0);
const heaviest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
console.log('');
console.log(`Stron: ${results.length}; stron z naruszeniami: ${failing.length}; naruszeń (reguł na stronę) razem: ${violations}`);
console.log(
  `Pobrane bajty: razem ${kb(bytes)} KB, średnio ${kb(bytes / results.length)} KB na stronę, najcięższa ${heaviest.page} (${kb(heaviest.bytes)} KB)`,
);
if (foreign.length) console.log(`Strony z żądaniami do innych serwerów (zablokowanymi): ${foreign.length}`);
console.log(`Czas: ${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} s`);
if (failing.length && !details) {
  const rules = new Map<string, number>();
  for (const r of failing) for (const f of r.findings) if (f.check === 'axe') rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  console.log(`Naruszone reguły (liczba stron): ${[...rules].map(([rule, n]) => `${rule} ${n}`).join(', ')} — szczegóły: --details`);
}
process.exit(failing.length || foreign.length ? 1 : 0);
