// Identity is what a thing becomes, not only the id typed in the file: goal "I" and goal "i" are
// one URL (/cele/i/), goal "Ś" is none, a programme folder named "serie" is /wskazniki/serie/,
// which the site already uses, and files "I.mdx" and "i.mdx" are one file on Windows and macOS.
// Astro keeps one of two routes with the same URL and only warns; this module makes each such
// case an error, named at the file that came second. Also: entries of glossary.yaml and
// series.yaml that repeat a key (Astro's file() loader keeps the last one silently) and a report
// whose `year` is not the year in its file name. Pure apart from listing src/pages and public/.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { Path, RawContent } from '../../src/lib/model.ts';
import type { Problem } from '../../src/lib/crossCheck.ts';
import { placeIndicators } from '../../src/lib/model.ts';
import {
  dataUrl,
  goalSlug,
  goalUrl,
  indicatorUrl,
  institutionUrl,
  municipalityUrl,
  pathInSite,
  programmeIndicatorsUrl,
  programmeUrl,
  reportUrl,
  seriesUrl,
} from '../../src/lib/urls.ts';

/** A content file: its path inside the content folder and as printed in messages. */
export interface ContentFile {
  rel: string;
  file: string;
}

interface Owner {
  /** "cel „I”", "program „serie”", "strona serwisu". */
  what: string;
  /** The id as typed: two owners with the same raw id are one duplicate, reported by crossCheck. */
  raw: string;
  file?: string;
  path?: Path;
  /** The field an editor changes to give it another address. */
  field?: string;
}

const pagesDir = fileURLToPath(new URL('../../src/pages', import.meta.url));
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

/** Files below `root`, as `a/b.ext` paths relative to it. */
function listFiles(root: string, dir = root): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

/** Site paths the site itself publishes whatever the content: fixed pages, fixed data files, public/. */
export function siteRoutes(): string[] {
  const pages = listFiles(pagesDir)
    .filter((f) => !f.includes('['))
    .map((f) => {
      const route = f.replace(/\.(astro|ts|js|md|mdx)$/, '');
      if (route === 'index') return '/';
      if (route.endsWith('/index')) return `/${route.slice(0, -'index'.length)}`;
      return /\.[a-z]+$/.test(route) ? `/${route}` : `/${route}/`;
    });
  // A dynamic route's static folder is taken too: /wskazniki/strona/[page] makes /wskazniki/strona/
  // the explorer's pages, so a programme folder named "strona" would clash with them.
  const folders = listFiles(pagesDir)
    .filter((f) => f.includes('['))
    .map((f) =>
      f
        .split('/')
        .slice(
          0,
          f.split('/').findIndex((part) => part.includes('[')),
        )
        .join('/'),
    )
    .filter((prefix) => prefix !== '')
    .map((prefix) => `/${prefix}/`);
  return [...new Set([...pages, ...folders]), ...listFiles(publicDir).map((f) => `/${f}`)];
}

/**
 * The key two addresses share when they would end up as one file in dist/: the same letters
 * in another case (Windows and macOS disks, most hosts) or another Unicode form of the same letter.
 */
const addressKey = (path: string) => decodeURIComponent(path).normalize('NFC').toLowerCase();
const inSite = (url: string) => pathInSite(url) ?? url;

const describe = (o: Owner, file: string) =>
  !o.file ? o.what : o.file === file ? `${o.what} (w tym samym pliku)` : `${o.what} (${o.file})`;

export function identityProblems(raw: RawContent, files: ContentFile[], reserved = siteRoutes()): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, path: Path, message: string) => problems.push({ file, path, message });

  // Files whose names differ only in case or Unicode form: one file once cloned on Windows or macOS.
  const names = new Map<string, ContentFile>();
  for (const f of files) {
    const key = addressKey(f.rel);
    const prev = names.get(key);
    if (prev)
      add(
        f.file,
        [],
        `nazwa pliku różni się od ${prev.file} tylko wielkością liter (albo zapisem tej samej litery): na Windows i macOS to jeden plik, więc jeden z nich zniknie; zmień nazwę jednego z nich`,
      );
    else names.set(key, f);
  }

  const claimed = new Map<string, Owner>();
  // One message per thing: an indicator's page, CSV and JSON collide together.
  const reported = new Set<string>();
  for (const route of reserved) claimed.set(addressKey(route), { what: 'strona serwisu', raw: `\u0000${route}` });
  const claim = (url: string, owner: Owner & { file: string; path: Path; field: string }) => {
    const path = inSite(url);
    const key = addressKey(path);
    const prev = claimed.get(key);
    if (!prev) {
      claimed.set(key, owner);
      return;
    }
    if (prev.raw === owner.raw && prev.what === owner.what) return; // the same id twice: crossCheck says so
    const place = `${owner.file}#${owner.path.join('.')}`;
    if (reported.has(place)) return;
    reported.add(place);
    const why = prev.file
      ? 'identyfikatory różniące się tylko wielkością liter albo znakami innymi niż litery a–z i cyfry dają ten sam adres, więc jedna ze stron by zniknęła'
      : 'ten adres jest już zajęty przez serwis';
    add(owner.file, owner.path, `${owner.what} ma ten sam adres ${path} co ${describe(prev, owner.file)} — ${why}; zmień ${owner.field}`);
  };

  for (const o of raw.organisations)
    claim(municipalityUrl(o.id), { what: `gmina „${o.id}”`, raw: o.id, file: o.file, path: [], field: 'nazwę pliku' });
  for (const i of raw.institutions)
    claim(institutionUrl(i.id), { what: `instytucja „${i.id}”`, raw: i.id, file: i.file, path: [], field: 'nazwę pliku' });

  for (const p of raw.programmes) {
    const programme = { what: `program „${p.id}”`, raw: p.id, file: p.file, path: [] as Path, field: 'nazwę folderu programu' };
    claim(programmeUrl(p.id), programme);
    claim(programmeIndicatorsUrl(p.id), programme);
    claim(dataUrl(`${p.id}.csv`), programme);
    claim(dataUrl(`${p.id}.json`), programme);

    const goals = raw.goals.filter((g) => g.programme === p.id).sort((a, b) => a.file.localeCompare(b.file));
    for (const g of goals) {
      if (goalSlug(g.data.id) === '') {
        add(
          g.file,
          ['id'],
          `identyfikator celu „${g.data.id}” nie daje adresu strony: w adresie zostają tylko litery a–z i cyfry (bez polskich znaków), a tu nie zostaje nic; użyj np. „I”, „1” albo „S”`,
        );
        continue;
      }
      claim(goalUrl(p.id, g.data.id), {
        what: `cel „${g.data.id}”`,
        raw: g.data.id,
        file: g.file,
        path: ['id'],
        field: 'id jednego z celów',
      });
    }

    for (const r of raw.reports.filter((x) => x.programme === p.id)) {
      const named = Number(r.id.split('/').pop());
      if (named !== r.data.year)
        add(
          r.file,
          ['year'],
          `rok ${r.data.year} w polu year, a nazwa pliku mówi ${named}: strona i dane wzięłyby rok z pola year; popraw year albo zmień nazwę pliku na ${r.data.year}.mdx`,
        );
      claim(reportUrl(p.id, r.data.year), {
        what: `sprawozdanie za rok ${r.data.year}`,
        raw: String(r.data.year),
        file: r.file,
        path: ['year'],
        field: 'rok',
      });
    }

    const statistics = raw.statistics.find((s) => s.programme === p.id);
    for (const pi of placeIndicators(p.id, p, goals, statistics)) {
      const id = pi.indicator.id;
      const owner = {
        what: pi.group === 'budget' ? `budżet działania „${pi.actionId}”` : `miernik „${id}”`,
        raw: id,
        file: pi.file,
        path: pi.group === 'budget' ? pi.path : [...pi.path, 'id'],
        field: pi.group === 'budget' ? 'id działania' : 'id jednego z mierników',
      };
      claim(indicatorUrl(p.id, id), owner);
      claim(dataUrl(`wskazniki/${p.id}/${id}.csv`), owner);
      claim(dataUrl(`wskazniki/${p.id}/${id}.json`), owner);
    }
  }

  const seriesFile = files.find((f) => f.rel === 'series.yaml')?.file;
  const glossaryFile = files.find((f) => f.rel === 'glossary.yaml')?.file;
  if (seriesFile) {
    const seen = new Map<string, number>();
    raw.series.forEach((s, i) => {
      const prev = seen.get(s.id);
      if (prev !== undefined)
        add(
          seriesFile,
          [i, 'id'],
          `powtórzony identyfikator serii „${s.id}” (jest już w pozycji ${prev + 1}); strona pokazałaby tylko ostatnią — połącz wpisy w jeden albo nadaj inny id`,
        );
      else {
        seen.set(s.id, i);
        claim(seriesUrl(s.id), { what: `seria „${s.id}”`, raw: s.id, file: seriesFile, path: [i, 'id'], field: 'id serii' });
      }
    });
  }
  if (glossaryFile) {
    const seen = new Map<string, number>();
    raw.glossary.forEach((g, i) => {
      const prev = seen.get(g.abbr);
      if (prev !== undefined)
        add(
          glossaryFile,
          [i, 'abbr'],
          `skrót „${g.abbr}” jest już w słowniku (pozycja ${prev + 1}); strona pokazałaby tylko jedno rozwinięcie — zostaw jeden wpis (inne rozwinięcie dopisz w description)`,
        );
      else seen.set(g.abbr, i);
    });
  }
  return problems;
}
