// /dane/datapackage.json checked against the Frictionless rules for everything it declares
// (Data Package, Tabular Data Resource, CSV Dialect, Table Schema), and every value of the files
// it describes against its declared types and constraints. The checks are written here, not
// taken from src/lib, and the last block proves they fail on broken input.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST, pageText, readDist } from '../../scripts/lib/dist.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- descriptors and rows are walked as loose JSON
type Json = Record<string, any>;

const TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];
/** Constraints each type may carry (Table Schema, "Constraints"). */
const CONSTRAINTS: Record<string, string[]> = {
  '*': ['required', 'unique', 'enum'],
  string: ['minLength', 'maxLength', 'pattern'],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
};
const NAME = /^([-a-z0-9._/])+$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?(NaN|INF)$/;

/** A value of a field cast from CSV text per Table Schema (default formats); throws if it does not conform. */
function castText(type: string, text: string): string | number {
  if (type === 'string') return text;
  if (type === 'integer') {
    if (!INTEGER.test(text)) throw new Error(`"${text}" is not an integer`);
    return Number(text);
  }
  if (type === 'number') {
    if (!NUMBER.test(text)) throw new Error(`"${text}" is not a number`);
    return Number(text.replace(/INF$/, 'Infinity'));
  }
  throw new Error(`cast of type ${type} not implemented in this check`);
}

/** A value of a field read from JSON; throws if its JSON type does not fit the field type. */
function castJson(type: string, value: unknown): unknown {
  if (type === 'string' && typeof value === 'string') return value;
  if (type === 'integer' && Number.isInteger(value)) return value;
  if (type === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`${JSON.stringify(value)} is not a valid ${type}`);
}

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** Problems of the descriptor itself. */
export function descriptorProblems(pkg: Json): string[] {
  const problems: string[] = [];
  const bad = (m: string) => problems.push(m);
  if (!['data-package', 'tabular-data-package'].includes(pkg.profile ?? 'data-package')) bad(`package profile ${pkg.profile}`);
  if (pkg.name !== undefined && !NAME.test(pkg.name)) bad(`package name "${pkg.name}"`);
  // Data Package, licenses: an array of objects, each with a name (an Open Definition id) and/or a path, and a title.
  for (const l of (pkg.licenses ?? []) as Json[]) {
    if (l.name === undefined && l.path === undefined) bad('a license needs a name or a path');
    if (l.name !== undefined && !/^[A-Za-z0-9.-]+$/.test(l.name)) bad(`license name "${l.name}" is not an Open Definition id`);
    if (l.path !== undefined && !/^https?:\/\/\S+$/.test(l.path)) bad(`license path "${l.path}" must be a URL`);
    if (l.title !== undefined && typeof l.title !== 'string') bad('license title must be a string');
  }
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) return [...problems, 'resources must be a non-empty array'];
  const names = new Set<string>();
  for (const r of pkg.resources as Json[]) {
    const at = `resource ${r.name}`;
    if (typeof r.name !== 'string' || !NAME.test(r.name)) bad(`${at}: name must match ${NAME}`);
    if (names.has(r.name)) bad(`${at}: duplicate name`);
    names.add(r.name);
    if ((r.path === undefined) === (r.data === undefined)) bad(`${at}: exactly one of path and data`);
    for (const p of r.path === undefined ? [] : asList(r.path))
      if (typeof p !== 'string' || p.startsWith('/') || p.split('/').includes('..') || /^[a-z]+:/i.test(p) || p.includes('\\'))
        bad(`${at}: path "${p}" must be a relative POSIX path`);
    if (Array.isArray(r.path) && r.path.length === 0) bad(`${at}: path array must not be empty`);
    if (Array.isArray(r.path) && new Set(r.path.map((p: string) => /^[a-z]+:/i.test(p))).size > 1)
      bad(`${at}: path array mixes URLs and relative paths`);
    if (pkg.profile === 'tabular-data-package' && r.profile !== 'tabular-data-resource')
      bad(`${at}: a tabular data package holds tabular data resources`);
    // Tabular Data Resource (v1): "The data the Data Resource describes MUST: If non-inline: Be a CSV file".
    if (
      r.profile === 'tabular-data-resource' &&
      r.path !== undefined &&
      (r.format !== 'csv' || asList(r.path).some((p: string) => !p.endsWith('.csv')))
    )
      bad(`${at}: a tabular data resource in files must be CSV`);
    if (r.mediatype !== undefined && !/^(.+)\/(.+)$/.test(r.mediatype)) bad(`${at}: mediatype`);
    if (r.bytes !== undefined && !(Number.isInteger(r.bytes) && r.bytes >= 0)) bad(`${at}: bytes must be a non-negative integer`);
    if (r.dialect !== undefined) {
      const d = r.dialect;
      if (d.delimiter !== undefined && (typeof d.delimiter !== 'string' || d.delimiter.length !== 1))
        bad(`${at}: dialect.delimiter must be one character`);
      if (d.quoteChar !== undefined && (typeof d.quoteChar !== 'string' || d.quoteChar.length !== 1))
        bad(`${at}: dialect.quoteChar must be one character`);
      for (const k of ['doubleQuote', 'header', 'skipInitialSpace'])
        if (d[k] !== undefined && typeof d[k] !== 'boolean') bad(`${at}: dialect.${k} must be boolean`);
      if (d.lineTerminator !== undefined && typeof d.lineTerminator !== 'string') bad(`${at}: dialect.lineTerminator must be a string`);
    }
    if (r.profile === 'tabular-data-resource' && typeof r.schema !== 'object') {
      bad(`${at}: a tabular data resource needs a schema`);
      continue;
    }
    if (r.schema === undefined) continue;
    const s = r.schema as Json;
    if (!Array.isArray(s.fields) || s.fields.length === 0) {
      bad(`${at}: schema.fields must be a non-empty array`);
      continue;
    }
    const fieldNames = new Set<string>();
    for (const f of s.fields as Json[]) {
      const fat = `${at}: field ${f.name}`;
      if (typeof f.name !== 'string' || f.name === '') bad(`${fat}: name required`);
      if (fieldNames.has(f.name)) bad(`${fat}: duplicate field name`);
      fieldNames.add(f.name);
      const type = f.type ?? 'string';
      if (!TYPES.includes(type)) bad(`${fat}: unknown type ${type}`);
      if (f.format !== undefined && f.format !== 'default') bad(`${fat}: format ${f.format} not checked here`);
      for (const [k, v] of Object.entries((f.constraints ?? {}) as Json)) {
        if (![...CONSTRAINTS['*']!, ...(CONSTRAINTS[type] ?? [])].includes(k)) bad(`${fat}: constraint ${k} not allowed for ${type}`);
        if ((k === 'required' || k === 'unique') && typeof v !== 'boolean') bad(`${fat}: ${k} must be boolean`);
        if (k === 'enum') {
          if (!Array.isArray(v) || v.length === 0) bad(`${fat}: enum must be a non-empty array`);
          else {
            if (new Set(v).size !== v.length) bad(`${fat}: enum items must be unique`);
            for (const item of v)
              try {
                castJson(type, item);
              } catch (e) {
                bad(`${fat}: enum item ${(e as Error).message}`);
              }
          }
        }
      }
    }
    if (s.missingValues !== undefined && !(Array.isArray(s.missingValues) && s.missingValues.every((m: unknown) => typeof m === 'string')))
      bad(`${at}: missingValues must be strings`);
    for (const k of s.primaryKey === undefined ? [] : asList(s.primaryKey))
      if (!fieldNames.has(k)) bad(`${at}: primaryKey field ${k} unknown`);
    for (const fk of (s.foreignKeys ?? []) as Json[]) {
      const fields = asList(fk.fields);
      for (const k of fields) if (!fieldNames.has(k)) bad(`${at}: foreignKey field ${k} unknown`);
      const target = fk.reference?.resource === '' ? r : (pkg.resources as Json[]).find((x) => x.name === fk.reference?.resource);
      if (!target) {
        bad(`${at}: foreignKey references unknown resource ${fk.reference?.resource}`);
        continue;
      }
      const refFields = asList(fk.reference.fields);
      if (refFields.length !== fields.length) bad(`${at}: foreignKey field counts differ`);
      for (const k of refFields)
        if (!(target.schema?.fields ?? []).some((f: Json) => f.name === k)) bad(`${at}: foreignKey reference field ${k} unknown`);
    }
  }
  return problems;
}

/**
 * Rows of a resource as objects of cast values (null = missing), plus the problems found in its
 * data. A resource of several files (a `path` array) is their concatenation, each file with its
 * own header row when the dialect says `header`; constraints hold over the whole table.
 */
export function readResource(r: Json, texts: string | string[]): { rows: Record<string, unknown>[]; problems: string[] } {
  const problems: string[] = [];
  const fields = r.schema.fields as Json[];
  const missing: string[] = r.schema.missingValues ?? [''];
  const rows: Record<string, unknown>[] = [];
  if (r.format === 'csv')
    for (const text of asList(texts)) {
      const d = { delimiter: ',', quoteChar: '"', lineTerminator: '\r\n', header: true, ...(r.dialect ?? {}) };
      // No `bom` option: a BOM would be part of the first header name, and fail the header check.
      const records = parse(text, {
        delimiter: d.delimiter,
        quote: d.quoteChar,
        record_delimiter: d.lineTerminator,
        relax_column_count: false,
      }) as string[][];
      const [header, ...data] = d.header ? records : [fields.map((f) => f.name), ...records];
      if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name)))
        problems.push(`${r.name}: header ${JSON.stringify(header)} does not match the schema fields`);
      const offset = rows.length;
      data.forEach((cells, j) => {
        const i = offset + j;
        const row: Record<string, unknown> = {};
        fields.forEach((f, c) => {
          const cell = cells[c] ?? '';
          try {
            row[f.name] = missing.includes(cell) ? null : castText(f.type ?? 'string', cell);
          } catch (e) {
            problems.push(`${r.name} row ${i + 2}, ${f.name}: ${(e as Error).message}`);
            row[f.name] = null;
          }
        });
        rows.push(row);
      });
    }
  else problems.push(`${r.name}: format ${r.format} not checked here`);
  // Constraints.
  for (const f of fields) {
    const c = (f.constraints ?? {}) as Json;
    const seen = new Set<unknown>();
    rows.forEach((row, i) => {
      const v = row[f.name];
      if (v === null) {
        if (c.required) problems.push(`${r.name} row ${i + 1}, ${f.name}: required value missing`);
        return;
      }
      if (c.enum && !c.enum.includes(v)) problems.push(`${r.name} row ${i + 1}, ${f.name}: "${v}" not in enum ${JSON.stringify(c.enum)}`);
      if (c.unique) {
        if (seen.has(v)) problems.push(`${r.name} row ${i + 1}, ${f.name}: "${v}" is not unique`);
        seen.add(v);
      }
    });
  }
  if (r.schema.primaryKey !== undefined) {
    const keys = asList(r.schema.primaryKey);
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const k = JSON.stringify(keys.map((f) => row[f]));
      if (keys.some((f) => row[f] === null)) problems.push(`${r.name} row ${i + 1}: primary key has a missing value`);
      if (seen.has(k)) problems.push(`${r.name} row ${i + 1}: primary key ${k} is not unique`);
      seen.add(k);
    });
  }
  return { rows, problems };
}

/**
 * Foreign key problems across resources (rows already read). A row whose key has a missing (null)
 * field refers to no row and is not checked: Table Schema's foreign keys are "directly modelled on
 * the concept of foreign keys in SQL" (https://datapackage.org/standard/table-schema/#foreignKeys),
 * and the v1 pattern "Table Schema: Unique constraints" states the SQL rule — "the local key MAY
 * contain keys with field values not present in the reference key if and only if at least one of
 * the fields is locally null" (https://specs.frictionlessdata.io/patterns/#table-schema-unique-constraints).
 */
export function foreignKeyProblems(pkg: Json, data: Map<string, Record<string, unknown>[]>): string[] {
  const problems: string[] = [];
  for (const r of pkg.resources as Json[])
    for (const fk of (r.schema?.foreignKeys ?? []) as Json[]) {
      const fields = asList(fk.fields);
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
      const refFields = asList(fk.reference.fields);
      const known = new Set((data.get(target) ?? []).map((row) => JSON.stringify(refFields.map((f) => row[f]))));
      (data.get(r.name) ?? []).forEach((row, i) => {
        const values = fields.map((f) => row[f]);
        if (values.some((v) => v === null)) return;
        if (!known.has(JSON.stringify(values))) problems.push(`${r.name} row ${i + 1}: ${JSON.stringify(values)} not found in ${target}`);
      });
    }
  return problems;
}

const pkg: Json = JSON.parse(readDist('dane/datapackage.json'));
const resources = pkg.resources as Json[];
const resource = (name: string) => resources.find((r) => r.name === name)!;
const tabular = resources.filter((r) => r.profile === 'tabular-data-resource');
const textsOf = (r: Json) => asList(r.path).map((p) => readDist(join('dane', p)));
/** Every file under dist/dane/ with its path relative to it. */
const daneFiles = () =>
  readdirSync(join(DIST, 'dane'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(join(DIST, 'dane'), join(e.parentPath, e.name)).split(sep).join('/'));

describe('/dane/datapackage.json', () => {
  it('is a valid data package descriptor', () => {
    expect(descriptorProblems(pkg)).toEqual([]);
  });

  it('describes every CSV the site publishes, each in one tabular resource, and no other file as tabular', () => {
    const described = tabular.flatMap((r) => asList(r.path));
    expect(new Set(described).size).toBe(described.length);
    const csvs = daneFiles().filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(100);
    expect([...described].sort()).toEqual(csvs.sort());
    for (const r of resources.filter((x) => x.profile !== 'tabular-data-resource')) {
      expect(['json', 'xlsx'], r.name).toContain(r.format);
      expect(r.schema, r.name).toBeUndefined();
    }
    const copies = (ext: string) => ['dzialania', 'mierniki', 'postep', 'programy', 'wskazniki'].map((n) => `${n}.${ext}`);
    expect(
      resources
        .filter((r) => r.format === 'json')
        .map((r) => r.path)
        .sort(),
    ).toEqual(copies('json'));
    expect(
      resources
        .filter((r) => r.format === 'xlsx')
        .map((r) => r.path)
        .sort(),
    ).toEqual(copies('xlsx'));
  });

  it('types the fields, with enums for unit and kind and "" as missing; field order is the CSV header order', () => {
    const field = (r: Json, n: string) => (r.schema.fields as Json[]).find((f) => f.name === n)!;
    for (const name of ['wskazniki', 'wskazniki-programow', 'wskazniki-miernikow']) {
      const r = resource(name);
      expect(r.schema.missingValues, name).toEqual(['']);
      expect(field(r, 'year').type).toBe('integer');
      expect(field(r, 'value').type).toBe('number');
      expect(field(r, 'unit').constraints.enum).toEqual(['count', 'percent', 'currency', 'text']);
      expect(field(r, 'kind').constraints.enum).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
    }
    expect(field(resource('programy'), 'periodStart').type).toBe('integer');
    for (const r of tabular)
      for (const text of textsOf(r))
        expect(text.slice(0, text.indexOf('\r\n')), r.name).toBe((r.schema.fields as Json[]).map((f) => f.name).join(','));
    // The contract's column order is the schema's field order, and the JSON copies' key order.
    expect((resource('wskazniki').schema.fields as Json[]).map((f) => f.name)).toEqual(
      Object.keys(JSON.parse(readDist('dane/wskazniki.json'))[0]),
    );
    expect((resource('programy').schema.fields as Json[]).map((f) => f.name)).toEqual(
      Object.keys(JSON.parse(readDist('dane/programy.json'))[0]),
    );
    for (const name of ['mierniki', 'dzialania'])
      expect(
        (resource(name).schema.fields as Json[]).map((f) => f.name),
        name,
      ).toEqual(Object.keys(JSON.parse(readDist(`dane/${name}.json`))[0]));
    expect(field(resource('mierniki'), 'valueCount').type).toBe('integer');
    expect(field(resource('mierniki'), 'unit').constraints.enum).toEqual(['count', 'percent', 'currency', 'text']);
    expect(['scheduleStart', 'scheduleEnd', 'budgetTotal'].map((n) => field(resource('dzialania'), n).type)).toEqual([
      'integer',
      'integer',
      'number',
    ]);
    for (const name of ['wskazniki', 'mierniki', 'dzialania'])
      expect(
        ['periodStart', 'scheduleStart', 'valueCount'].some((n) =>
          (resource(name).schema.fields as Json[]).some((f) => f.name === n && f.type === 'integer'),
        ),
        name,
      ).toBe(true);
  });

  it('points at files that exist, with the exact size of single files', () => {
    for (const r of resources) {
      for (const p of asList(r.path)) expect(existsSync(join(DIST, 'dane', p)), p).toBe(true);
      if (typeof r.path === 'string') expect(r.bytes, r.path).toBe(statSync(join(DIST, 'dane', r.path)).size);
      else expect(r.bytes, r.name).toBeUndefined();
    }
  });

  it('every value of every CSV conforms to its declared type and constraints, keys included; the JSON copies hold the same rows', () => {
    const data = new Map<string, Record<string, unknown>[]>();
    const problems: string[] = [];
    for (const r of tabular) {
      const read = readResource(r, textsOf(r));
      expect(read.rows.length, r.name).toBeGreaterThan(0);
      data.set(r.name, read.rows);
      problems.push(...read.problems);
    }
    problems.push(...foreignKeyProblems(pkg, data));
    expect(problems).toEqual([]);
    // Cast CSV values equal the JSON export (same data, same types; null where the CSV is empty);
    // the per-programme and per-indicator files together are the same table, in the same order.
    const json = JSON.parse(readDist('dane/wskazniki.json')) as Json[];
    expect(data.get('wskazniki')).toEqual(json);
    expect(data.get('wskazniki-programow')).toEqual(json);
    expect(data.get('wskazniki-miernikow')).toEqual(json);
    expect(data.get('programy')).toEqual(JSON.parse(readDist('dane/programy.json')));
    expect(data.get('mierniki')).toEqual(JSON.parse(readDist('dane/mierniki.json')));
    expect(data.get('dzialania')).toEqual(JSON.parse(readDist('dane/dzialania.json')));
  });

  it('keys the tables to one another: values → mierniki → dzialania, every table → programy; each key is checked above', () => {
    const keys = (name: string) => ({ primaryKey: resource(name).schema.primaryKey, foreignKeys: resource(name).schema.foreignKeys });
    const toProgrammes = { fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } };
    const toIndicators = { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } };
    for (const name of ['wskazniki', 'wskazniki-programow', 'wskazniki-miernikow'])
      expect(keys(name), name).toEqual({ primaryKey: undefined, foreignKeys: [toProgrammes, toIndicators] });
    expect(keys('mierniki')).toEqual({
      primaryKey: ['programme', 'indicator'],
      foreignKeys: [
        toProgrammes,
        { fields: ['programme', 'action'], reference: { resource: 'dzialania', fields: ['programme', 'action'] } },
      ],
    });
    expect(keys('dzialania')).toEqual({ primaryKey: ['programme', 'action'], foreignKeys: [toProgrammes] });
    // Indicators outside actions have an empty action: their (programme, action) refers to nothing.
    const mierniki = readResource(resource('mierniki'), textsOf(resource('mierniki'))).rows;
    expect(mierniki.filter((r) => r.action === null).length).toBeGreaterThan(0);
    expect(mierniki.filter((r) => r.action !== null).length).toBeGreaterThan(0);
  });

  it('declares a primary key only where one holds: slug of programy, programme + indicator of mierniki, programme + action of dzialania; none for the values, whose natural key has empty years', () => {
    expect(resource('programy').schema.primaryKey).toEqual(['slug']);
    expect(resource('mierniki').schema.primaryKey).toEqual(['programme', 'indicator']);
    expect(resource('dzialania').schema.primaryKey).toEqual(['programme', 'action']);
    const programmes = readResource(resource('programy'), textsOf(resource('programy'))).rows;
    expect(new Set(programmes.map((p) => p.slug)).size).toBe(programmes.length);
    // programme + indicator + kind + year identifies every value row in the real data…
    const values = readResource(resource('wskazniki'), textsOf(resource('wskazniki'))).rows;
    const natural = values.map((v) => JSON.stringify([v.programme, v.indicator, v.kind, v.year]));
    expect(new Set(natural).size).toBe(values.length);
    // …but year is empty where the document gives no year, and a primary key cannot be empty.
    expect(values.filter((v) => v.year === null).length).toBeGreaterThan(0);
    for (const name of ['wskazniki', 'wskazniki-programow', 'wskazniki-miernikow'])
      expect(resource(name).schema.primaryKey, name).toBeUndefined();
  });

  it('states the licences: the source documents under art. 4 pkt 2 of the copyright act, the site’s own texts under CC BY 4.0, also on /dane/', () => {
    expect((pkg.licenses as Json[]).map((l) => l.name)).toEqual(['other-pd', 'CC-BY-4.0']);
    expect(pkg.licenses[0].title).toMatch(/art\. 4 pkt 2 ustawy z dnia 4 lutego 1994 r\. o prawie autorskim i prawach pokrewnych/);
    expect(pkg.licenses[1].title).toMatch(/CC BY 4\.0/);
    const page = pageText('dane/index.html');
    for (const l of pkg.licenses as Json[]) expect(page).toContain(l.title);
    expect(readDist('dane/index.html')).toContain(`href="${pkg.licenses[1].path}"`);
  });
});

describe('the checks themselves catch what the rules forbid', () => {
  const values = () => structuredClone((pkg.resources as Json[]).find((r) => r.name === 'wskazniki')!);
  const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';
  const header = (values().schema.fields as Json[]).map((f) => f.name).join(',');
  const good = 'p,o,1,,,ind,Label,count,osób,2024,target,12.5,tekst,źródło,/wskazniki/p/ind/,2024,2024';

  it('accepts a good row', () => {
    expect(readResource(values(), csv([header, good])).problems).toEqual([]);
  });

  it.each([
    ['a year that is not an integer', good.replace(',2024,', ',2024.5,'), /not an integer/],
    ['a value in Polish notation', good.replace(',12.5,', ',"12,5",'), /not a number/],
    ['a unit outside the enum', good.replace(',count,', ',liczba,'), /not in enum/],
    ['a kind outside the enum', good.replace(',target,', ',plan,'), /not in enum/],
    ['a missing required value', good.replace(',ind,', ',,'), /required value missing/],
  ])('rejects %s', (_, row, message) => {
    expect(readResource(values(), csv([header, row])).problems.join('\n')).toMatch(message);
  });

  it('rejects a wrong header, a bad descriptor and a dangling foreign key', () => {
    expect(readResource(values(), csv([header.replace('year', 'rok'), good])).problems.join()).toMatch(/header/);
    const broken = structuredClone(pkg);
    broken.resources[0].path = '/dane/wskazniki.csv';
    broken.resources[0].schema.fields[0].type = 'text';
    broken.resources[0].schema.fields.push({ name: 'programme', type: 'string' });
    broken.resources[0].schema.fields[9].constraints = { enum: ['x'] };
    broken.resources[0].schema.foreignKeys[0].reference.resource = 'nie-ma';
    const problems = descriptorProblems(broken).join('\n');
    for (const m of [
      /relative POSIX path/,
      /unknown type text/,
      /duplicate field name/,
      /enum item "x" is not a valid integer/,
      /unknown resource nie-ma/,
    ])
      expect(problems).toMatch(m);
    const data = new Map([
      ['wskazniki', [{ programme: 'nieznany' }]],
      ['programy', [{ slug: 'inny' }]],
    ]);
    expect(foreignKeyProblems(pkg, data).join()).toMatch(/not found in programy/);
  });

  it('finds a dangling composite key, and skips one with a missing field (SQL MATCH SIMPLE, as the spec takes it)', () => {
    const data = new Map<string, Record<string, unknown>[]>([
      ['programy', [{ slug: 'p' }]],
      ['dzialania', [{ programme: 'p', action: '1.1' }]],
      [
        'mierniki',
        [
          { programme: 'p', indicator: 'a', action: '1.1' },
          { programme: 'p', indicator: 'b', action: null },
          { programme: 'p', indicator: 'c', action: '9.9' },
        ],
      ],
      [
        'wskazniki',
        [
          { programme: 'p', indicator: 'a' },
          { programme: 'p', indicator: 'z' },
        ],
      ],
    ]);
    expect(foreignKeyProblems(pkg, data)).toEqual([
      'wskazniki row 2: ["p","z"] not found in mierniki',
      'mierniki row 3: ["p","9.9"] not found in dzialania',
    ]);
  });

  it('rejects a BOM, a file of a path array without its header, and a primary key repeated across files', () => {
    expect(readResource(values(), '\ufeff' + csv([header, good])).problems.join()).toMatch(/header/);
    expect(readResource(values(), [csv([header, good]), csv([good])]).problems.join()).toMatch(/header/);
    const programmes = structuredClone(resource('programy'));
    const text = readDist('dane/programy.csv');
    expect(readResource(programmes, [text]).problems).toEqual([]);
    expect(readResource(programmes, [text, text]).problems.join('\n')).toMatch(/primary key .* is not unique/);
  });

  it('rejects a tabular resource that is not CSV and a licence without an Open Definition id', () => {
    const broken = structuredClone(pkg);
    const json = broken.resources.find((r: Json) => r.name === 'programy-json');
    json.profile = 'tabular-data-resource';
    json.schema = structuredClone(resource('programy').schema);
    broken.licenses[0].name = 'domena publiczna';
    const problems = descriptorProblems(broken).join('\n');
    expect(problems).toMatch(/resource programy-json: a tabular data resource in files must be CSV/);
    expect(problems).toMatch(/not an Open Definition id/);
  });
});
