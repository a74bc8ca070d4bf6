// `npm run new -- organisation <slug> --name "<nazwa>"`
// `npm run new -- programme <slug> [--organisation <id>] [--period 2025-2027]`
// `npm run new -- goal <programme> <id>`
// `npm run new -- report <programme> <year>`
//
// Creates content files with every required field and a Polish comment on each. Fields the editor
// must fill hold "UZUPEŁNIJ: …": valid values, so the new files pass `npm run check` at once, which
// lists each placeholder as a warning until it is replaced. Never overwrites a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { formatNumberPlain as formatNumber } from '../src/lib/format.ts';
import { goalSlug } from '../src/lib/urls.ts';
import { placeIndicators } from '../src/lib/model.ts';
import { slug as slugSchema } from '../src/schemas/common.ts';
import { checkContent } from './check/checkContent.ts';
import { PLACEHOLDER } from './check/warnings.ts';

/** A refusal with a message for the editor (no stack trace). */
export class ScaffoldError extends Error {}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);
const fill = (what: string) => q(`${PLACEHOLDER}: ${what}`);
/** An id the schemas accept as a file or folder name (src/schemas/common.ts `slug`). */
const isSlug = (id: string) => slugSchema.safeParse(id).success;

const frontmatterOf = (file: string) => parseYaml(splitFrontmatter(readFileSync(file, 'utf8')).yaml) as Record<string, unknown>;

export function organisationTemplate(o: { name: string }): string {
  return `# Gmina, która przyjmuje programy. Pola z „${PLACEHOLDER}” wypełnij na podstawie dokumentów gminy;
# „npm run check” wypisuje je jako ostrzeżenia, dopóki zostaną. Pole opcjonalne jest w komentarzu (#):
# aby go użyć, usuń „# ” na początku linii.

# Pełna nazwa urzędowa, jak w dokumentach (np. „Gmina Miejska Kraków”).
name: ${q(o.name)}
# Krótka nazwa do list i nawigacji (np. „Kraków”).
shortName: ${fill('krótka nazwa gminy, np. Kraków')}
# Województwo małymi literami (np. „małopolskie”), tylko jeśli podaje je źródło.
# voivodeship: "…"
`;
}

export function programmeTemplate(o: { organisation: string; organisations: string[]; start: number; end: number }): string {
  return `---
# Metryczka programu. Pola z „${PLACEHOLDER}” wypełnij na podstawie dokumentu źródłowego;
# „npm run check” wypisuje je jako ostrzeżenia, dopóki zostaną. Pola opcjonalne są w komentarzach (#):
# aby użyć pola, usuń „# ” na początku linii (wcięcie musi zostać takie jak w przykładzie).

# Pełny tytuł programu, tak jak w akcie, który go przyjął.
title: ${fill('pełny tytuł programu')}
# Krótki tytuł do list i nawigacji (np. „Przeciwdziałanie przemocy domowej 2024–2030”).
shortTitle: ${fill('krótki tytuł')}
# Gmina: nazwa pliku z content/organisations bez „.yaml”. Dostępne: ${o.organisations.join(', ')}.
organisation: ${o.organisation}
# Pierwszy i ostatni rok obowiązywania programu (liczby, bez cudzysłowu).
periodStart: ${o.start}
periodEnd: ${o.end}
# Stan: in-force (w realizacji), ended (zakończony), draft (projekt) albo unknown, gdy dokument tego nie mówi
# (strona napisze wtedy „dokument nie podaje statusu”). Zmień, jeśli dokument to podaje.
status: unknown
# Streszczenie prostym językiem dla mieszkańców: 2–4 zdania, tylko to, co mówi dokument.
summary: ${fill('streszczenie programu prostym językiem')}
# Cel nadrzędny, jeśli dokument go podaje.
# mainGoal: "…"
# Akt, który przyjął program; pomiń pola, których źródło nie podaje.
# adoptingAct:
#   kind: "uchwała"              # rodzaj: „uchwała”, „zarządzenie”
#   number: "XXVII/208/2021"     # numer, jak w źródle
#   date: "2021-12"              # RRRR, RRRR-MM albo RRRR-MM-DD, w cudzysłowie
#   body: "Rada Miasta …"        # kto przyjął
# Dokument źródłowy, z którego publikujemy program.
document:
  # Jego tytuł.
  title: ${fill('tytuł dokumentu źródłowego')}
  # Czym jest (np. „załącznik do uchwały Rady Miasta”); opcjonalne.
  # description: "…"
  # Adres dokumentu w BIP albo pliku PDF; strona programu pokaże go jako „Źródło”. Opcjonalne.
  # url: "https://…"
# Wskaźniki deklaracji wyników (np. W2_W), tabela ryzyk i kwoty podane w dokumencie — jeśli są;
# przykłady w docs/dodaj-program.md.
strategicIndicators: []
risks: []
statedTotals: []
---
${PLACEHOLDER}: treść programu — wstęp, definicje, diagnoza. Zwykły Markdown: „## Nagłówek”, akapity, listy.
`;
}

export function goalTemplate(o: { id: string; order: number; years: number[]; indicatorId: string }): string {
  const values = o.years
    .map((y) => `          - { year: ${y}, kind: target, text: ${fill(`wartość docelowa na ${y}, jak w dokumencie`)} }`)
    .join('\n');
  return `---
# Cel programu: zadania → działania → mierniki. Pola z „${PLACEHOLDER}” wypełnij na podstawie dokumentu;
# „npm run check” wypisuje je jako ostrzeżenia, dopóki zostaną.

# Identyfikator celu, jak w dokumencie („I”, „1”), w cudzysłowie.
id: ${q(o.id)}
# Kolejność celu na stronie programu.
order: ${o.order}
# Tytuł celu, jak w dokumencie.
title: ${fill('tytuł celu')}
# Streszczenie prostym językiem dla mieszkańców (1–3 zdania).
summary: ${fill('streszczenie celu prostym językiem')}
# Gdzie w dokumencie jest ten cel (np. „rozdz. 7, cel I”); trafia do danych jako źródło.
section: ${fill('miejsce w dokumencie')}
# Działania bezpośrednio pod celem. Jeśli dokument dzieli cel na zadania (I.1, I.2…), zamień „actions”
# na „tasks” — przykład w docs/dodaj-program.md.
actions:
  # Działanie, jak w dokumencie.
  - title: ${fill('nazwa działania')}
    # Kto realizuje: „- institution: <plik z content/institutions bez .yaml>” albo „- name: <nazwa>”
    # dla podmiotu, który nie ma pliku instytucji.
    implementers:
      - name: ${fill('realizator')}
    # Mierniki działania. Miernik złożony („20 szkoleń, 150 uczestników”) to dwa osobne mierniki.
    indicators:
      # Identyfikator: małe litery, cyfry i myślniki; jedyny w programie. Nie zmieniaj go po publikacji (jest w adresie strony).
      - id: ${o.indicatorId}
        # Nazwa miernika, jak w dokumencie.
        label: ${fill('nazwa miernika')}
        # count (liczba), percent (odsetek), currency (złote) albo text (cel opisany słowami).
        unit: count
        # Jednostka słownie, jak w dokumencie: „osób”, „porad”, „%”, „zł”.
        unitLabel: ${fill('jednostka, np. osób')}
        # Jedna pozycja na rok. Dopisz „value: 1200” (liczba: bez spacji, z kropką dziesiętną — 23.5),
        # a w „text” przepisz brzmienie z dokumentu („Liczba porad – 1 200”).
        values:
${values}
    # Środki na działanie, jeśli dokument je podaje, np.:
    #   - { year: ${o.years[0]}, value: 30000, text: "30 000 zł" }
    budget: []
---
${PLACEHOLDER}: opis, jak działania są realizowane (tekst z dokumentu).
`;
}

export interface ReportLine {
  id: string;
  comment: string;
}

export function reportTemplate(o: { year: number; lines: ReportLine[] }): string {
  const lines = o.lines
    .map((l) => `  # ${l.comment}\n  - { indicator: ${l.id}, text: ${fill(`wartość osiągnięta w ${o.year}`)} }`)
    .join('\n');
  return `---
# Sprawozdanie z realizacji programu za jeden rok. Pola z „${PLACEHOLDER}” wypełnij na podstawie sprawozdania.

# Rok, którego dotyczy sprawozdanie.
year: ${o.year}
# Tytuł sprawozdania.
title: ${fill('tytuł sprawozdania')}
# Dokument źródłowy (np. „Załącznik nr 2 do Sprawozdania z działalności MOPS za rok ${o.year}”).
document: ${fill('dokument źródłowy')}
# Wartości osiągnięte: jedna pozycja na miernik programu. Dopisz „value: 295” (liczba: bez spacji,
# z kropką dziesiętną), w „text” przepisz brzmienie ze sprawozdania. Usuń pozycje mierników,
# o których sprawozdanie nie mówi (musi zostać co najmniej jedna).
values:
${lines}
---
${PLACEHOLDER}: omówienie realizacji programu w ${o.year} roku (tekst ze sprawozdania).
`;
}

function write(contentDir: string, rel: string, text: string): string {
  const path = join(contentDir, rel);
  if (existsSync(path)) throw new ScaffoldError(`Plik ${path} już istnieje — nie nadpisuję go.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return path;
}

const listYaml = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];

/** A path as the editor types it: relative to the current folder when inside it. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

const organisationCommand = (id: string) => `npm run new -- organisation ${id} --name "<pełna nazwa gminy>"`;

export function newOrganisation(contentDir: string, slug: string, options: { name?: string } = {}): string[] {
  if (!isSlug(slug))
    throw new ScaffoldError(
      `Nieprawidłowy identyfikator gminy „${slug}”: małe litery, cyfry i myślniki, bez polskich znaków (np. krakow, nowy-targ).`,
    );
  const name = options.name?.replace(/\s+/g, ' ').trim();
  if (!name)
    throw new ScaffoldError(
      `Podaj nazwę gminy: npm run new -- organisation ${slug} --name "Gmina Miejska Kraków" (pełna nazwa, jak w dokumentach).`,
    );
  return [write(contentDir, `organisations/${slug}.yaml`, organisationTemplate({ name }))];
}

export function newProgramme(contentDir: string, slug: string, options: { organisation?: string; period?: string } = {}): string[] {
  if (!isSlug(slug))
    throw new ScaffoldError(
      `Nieprawidłowy identyfikator programu „${slug}”: małe litery, cyfry i myślniki (np. krakow-przemoc-domowa-2024-2030).`,
    );
  const organisations = listYaml(join(contentDir, 'organisations'));
  // The municipality is named, or is the start of the slug ("krakow-…" → krakow).
  const organisation = options.organisation ?? organisations.find((o) => slug.startsWith(`${o}-`));
  const available = `dostępne: ${organisations.join(', ') || 'brak'}`;
  if (organisation && !organisations.includes(organisation))
    throw new ScaffoldError(
      `Nie ma gminy „${organisation}” (${available}): brak pliku ${shown(join(contentDir, 'organisations', `${organisation}.yaml`))}. Utwórz go poleceniem: ${organisationCommand(organisation)}`,
    );
  if (!organisation) {
    const guess = slug.split('-')[0]!;
    throw new ScaffoldError(
      `Podaj gminę: --organisation <id> (${available}). Jeśli to nowa gmina, najpierw utwórz jej plik ${shown(join(contentDir, 'organisations', `${guess}.yaml`))} poleceniem: ${organisationCommand(guess)}`,
    );
  }
  const period = /^(\d{4})-(\d{4})$/.exec(options.period ?? '') ?? /-(\d{4})-(\d{4})$/.exec(slug);
  if (!period) throw new ScaffoldError('Podaj okres programu: --period 2025-2027 (albo zakończ identyfikator latami, np. …-2025-2027).');
  const [start, end] = [Number(period[1]), Number(period[2])];
  if (end < start) throw new ScaffoldError(`Rok końcowy ${end} jest wcześniejszy niż początkowy ${start}.`);
  return [write(contentDir, `programmes/${slug}/index.mdx`, programmeTemplate({ organisation, organisations, start, end }))];
}

export function newGoal(contentDir: string, programme: string, id: string): string[] {
  const dir = join(contentDir, 'programmes', programme);
  if (!existsSync(join(dir, 'index.mdx')))
    throw new ScaffoldError(
      `Nie ma programu „${programme}” (brak ${join(dir, 'index.mdx')}). Utwórz go: npm run new -- programme ${programme}`,
    );
  const file = goalSlug(id);
  if (!file) throw new ScaffoldError(`Nieprawidłowy identyfikator celu „${id}” (np. „I”, „2”).`);
  const p = frontmatterOf(join(dir, 'index.mdx'));
  const [start, end] = [Number(p.periodStart), Number(p.periodEnd)];
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start)
    throw new ScaffoldError(`Program „${programme}” nie ma poprawnego okresu (periodStart, periodEnd) — uruchom npm run check.`);
  const goalsDir = join(dir, 'goals');
  const target = join(goalsDir, `${file}.mdx`);
  if (existsSync(target)) throw new ScaffoldError(`Plik ${target} już istnieje — nie nadpisuję go.`);
  const others = (existsSync(goalsDir) ? readdirSync(goalsDir).filter((f) => f.endsWith('.mdx')) : []).map((f) =>
    frontmatterOf(join(goalsDir, f)),
  );
  if (others.some((g) => String(g.id) === id)) throw new ScaffoldError(`Program „${programme}” ma już cel „${id}”.`);
  const order = Math.max(0, ...others.map((g) => Number(g.order) || 0)) + 1;
  const used = new Set(others.flatMap((g) => [...JSON.stringify(g).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!)));
  let indicatorId = `cel-${file}-miernik-1`;
  for (let n = 2; used.has(indicatorId); n++) indicatorId = `cel-${file}-miernik-${n}`;
  const years = Array.from({ length: end - start + 1 }, (_, k) => start + k);
  return [write(contentDir, `programmes/${programme}/goals/${file}.mdx`, goalTemplate({ id, order, years, indicatorId }))];
}

export function newReport(contentDir: string, programme: string, yearText: string): string[] {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) throw new ScaffoldError(`Rok sprawozdania „${yearText}” — podaj rok, np. 2024.`);
  // The programme's indicators as the checker sees them; a programme with errors is not scaffolded.
  const { raw } = checkContent(contentDir, contentDir);
  const p = raw.programmes.find((x) => x.id === programme);
  if (!p) throw new ScaffoldError(`Nie ma programu „${programme}” albo ma błędy — uruchom npm run check.`);
  const { periodStart, periodEnd } = p.data;
  if (year < periodStart || year > periodEnd)
    throw new ScaffoldError(`Rok ${year} jest poza okresem programu ${periodStart}–${periodEnd}.`);
  const goals = raw.goals.filter((g) => g.programme === programme);
  const indicators = placeIndicators(
    programme,
    p,
    goals,
    raw.statistics.find((s) => s.programme === programme),
  );
  // Indicators a report can speak of: not diagnosis data or money, and (as the checker requires)
  // with a target for this year, a target for every year, or no targets at all.
  const lines = indicators
    .filter((pi) => pi.group === 'action' || pi.group === 'expected' || pi.group === 'strategic')
    .flatMap((pi): ReportLine[] => {
      const targets = pi.values.filter((v) => v.kind === 'target');
      const target = targets.find((t) => t.year === year) ?? targets.find((t) => t.year === undefined);
      if (targets.length > 0 && !target) return [];
      const where = pi.goal ? `cel ${pi.goal}${pi.actionId ? `, działanie ${pi.actionId}` : ''}` : 'deklaracja wyników';
      const planned = target ? `; cel: ${target.value !== undefined ? formatNumber(target.value) : target.text}` : '';
      return [{ id: pi.indicator.id, comment: `${pi.indicator.label} (${where})${planned}`.replace(/\s+/g, ' ') }];
    });
  if (lines.length === 0) throw new ScaffoldError(`Program „${programme}” nie ma mierników, dla których można podać wartości za ${year}.`);
  return [write(contentDir, `programmes/${programme}/reports/${year}.mdx`, reportTemplate({ year, lines }))];
}

const USAGE = `Użycie:
  npm run new -- organisation <slug> --name "<pełna nazwa gminy>"
  npm run new -- programme <slug> [--organisation <id>] [--period 2025-2027]
  npm run new -- goal <program> <id celu>
  npm run new -- report <program> <rok>`;

export function main(argv: string[], contentDefault = process.env.MIERNIK_CONTENT ?? 'content'): number {
  const args = [...argv];
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const organisation = option('--organisation');
  const period = option('--period');
  const name = option('--name');
  const contentDir = resolve(option('--content') ?? contentDefault);
  const [kind, a, b, ...rest] = args;
  try {
    let created: string[];
    if (kind === 'organisation' && a && !b && rest.length === 0) created = newOrganisation(contentDir, a, { name });
    else if (kind === 'programme' && a && !b && rest.length === 0) created = newProgramme(contentDir, a, { organisation, period });
    else if (kind === 'goal' && a && b && rest.length === 0) created = newGoal(contentDir, a, b);
    else if (kind === 'report' && a && b && rest.length === 0) created = newReport(contentDir, a, b);
    else {
      console.error(USAGE);
      return 2;
    }
    for (const f of created) console.log(`utworzono ${relative(process.cwd(), f)}`);
    console.log(`Wypełnij pola oznaczone „${PLACEHOLDER}” i uruchom „npm run check”.`);
    if (kind === 'organisation')
      console.log(
        `Program tej gminy utworzysz poleceniem: npm run new -- programme ${a}-<temat>-<lata>, np. ${a}-przemoc-domowa-2025-2030`,
      );
    return 0;
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    console.error(e.message);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
