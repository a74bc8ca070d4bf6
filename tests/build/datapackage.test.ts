// /dane/datapackage.json checked against the Frictionless rules for everything it declares
// (Data Package, Tabular Data Resource, CSV Dialect, Table Schema), and every value of the files
// it describes against its declared types and constraints. The checks are written here, not
// taken from src/lib, and the last block proves they fail on broken input.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readDist } from '../support/dist.ts';

type Json = Record<string, any>;

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
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
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) return [...problems, 'resources must be a non-empty array'];
  const names = new Set<string>();
  for (const r of pkg.resources as Json[]) {
    const at = `resource ${r.name}`;
    if (typeof r.name !== 'string' || !NAME.test(r.name)) bad(`${at}: name must match ${NAME}`);
    if (names.has(r.name)) bad(`${at}: duplicate name`);
    names.add(r.name);
    if ((r.path === undefined) === (r.data === undefined)) bad(`${at}: exactly one of path and data`);
    for (const p of r.path === undefined ? [] : asList(r.path))
      if (typeof p !== 'string' || p.startsWith('/') || p.split('/').includes('..') || /^[a-z]+:/i.test(p) || p.includes('\\')) bad(`${at}: path "${p}" must be a relative POSIX path`);
    if (pkg.profile === 'tabular-data-package' && r.profile !== 'tabular-data-resource') bad(`${at}: a tabular data package holds tabular data resources`);
    if (r.mediatype !== undefined && !/^(.+)\/(.+)$/.test(r.mediatype)) bad(`${at}: mediatype`);
    if (r.bytes !== undefined && !(Number.isInteger(r.bytes) && r.bytes >= 0)) bad(`${at}: bytes must be a non-negative integer`);
    if (r.dialect !== undefined) {
      const d = r.dialect;
      if (d.delimiter !== undefined && (typeof d.delimiter !== 'string' || d.delimiter.length !== 1)) bad(`${at}: dialect.delimiter must be one character`);
      if (d.quoteChar !== undefined && (typeof d.quoteChar !== 'string' || d.quoteChar.length !== 1)) bad(`${at}: dialect.quoteChar must be one character`);
      for (const k of ['doubleQuote', 'header', 'skipInitialSpace']) if (d[k] !== undefined && typeof d[k] !== 'boolean') bad(`${at}: dialect.${k} must be boolean`);
      if (d.lineTerminator !== undefined && typeof d.lineTerminator !== 'string') bad(`${at}: dialect.lineTerminator must be a string`);
    }
    if (r.profile === 'tabular-data-resource' && typeof r.schema !== 'object') {
      bad(`${at}: a tabular data resource needs a schema`);
      continue;
    }
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
    if (s.missingValues !== undefined && !(Array.isArray(s.missingValues) && s.missingValues.every((m: unknown) => typeof m === 'string'))) bad(`${at}: missingValues must be strings`);
    for (const k of s.primaryKey === undefined ? [] : asList(s.primaryKey)) if (!fieldNames.has(k)) bad(`${at}: primaryKey field ${k} unknown`);
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
      for (const k of refFields) if (!(target.schema?.fields ?? []).some((f: Json) => f.name === k)) bad(`${at}: foreignKey reference field ${k} unknown`);
    }
  }
  return problems;
}

/** Rows of a resource as objects of cast values (null = missing), plus the problems found in its data. */
export function readResource(r: Json, text: string): { rows: Record<string, unknown>[]; problems: string[] } {
  const problems: string[] = [];
  const fields = r.schema.fields as Json[];
  const missing: string[] = r.schema.missingValues ?? [''];
  const rows: Record<string, unknown>[] = [];
  if (r.format === 'csv') {
    const d = { delimiter: ',', quoteChar: '"', lineTerminator: '\r\n', header: true, ...(r.dialect ?? {}) };
    const records = parse(text, { bom: true, delimiter: d.delimiter, quote: d.quoteChar, record_delimiter: d.lineTerminator, relax_column_count: false }) as string[][];
    const [header, ...data] = d.header ? records : [fields.map((f) => f.name), ...records];
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${r.name}: header ${JSON.stringify(header)} does not match the schema fields`);
    data.forEach((cells, i) => {
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
  } else if (r.format === 'json') {
    const data = JSON.parse(text);
    if (!Array.isArray(data)) return { rows, problems: [`${r.name}: JSON data must be an array`] };
    data.forEach((item: Json, i: number) => {
      const row: Record<string, unknown> = {};
      const keys = Object.keys(item);
      if (JSON.stringify(keys) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${r.name} item ${i}: keys ${keys.join(',')} do not match the schema fields`);
      for (const f of fields) {
        const v = item[f.name];
        try {
          row[f.name] = v === null || v === undefined || (typeof v === 'string' && missing.includes(v)) ? null : castJson(f.type ?? 'string', v);
        } catch (e) {
          problems.push(`${r.name} item ${i}, ${f.name}: ${(e as Error).message}`);
          row[f.name] = null;
        }
      }
      rows.push(row);
    });
  } else problems.push(`${r.name}: format ${r.format} not checked here`);
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

/** Foreign key problems across resources (rows already read). */
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
        if (values.every((v) => v === null)) return;
        if (!known.has(JSON.stringify(values))) problems.push(`${r.name} row ${i + 1}: ${JSON.stringify(values)} not found in ${target}`);
      });
    }
  return problems;
}

const pkg: Json = JSON.parse(readDist('dane/datapackage.json'));

describe('/dane/datapackage.json', () => {
  it('is a valid tabular data package descriptor', () => {
    expect(descriptorProblems(pkg)).toEqual([]);
  });

  it('describes wskazniki.csv and programy.json with typed fields, enums for unit and kind, and "" as missing', () => {
    const byName = new Map((pkg.resources as Json[]).map((r) => [r.path, r]));
    const values = byName.get('wskazniki.csv')!;
    const programmes = byName.get('programy.json')!;
    expect(values.schema.missingValues).toEqual(['']);
    const field = (r: Json, n: string) => (r.schema.fields as Json[]).find((f) => f.name === n)!;
    expect(field(values, 'year').type).toBe('integer');
    expect(field(values, 'value').type).toBe('number');
    expect(field(values, 'unit').constraints.enum).toEqual(['count', 'percent', 'currency', 'text']);
    expect(field(values, 'kind').constraints.enum).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
    expect(field(programmes, 'periodStart').type).toBe('integer');
    // The contract's column order is the schema's field order.
    expect((values.schema.fields as Json[]).map((f) => f.name)).toEqual(Object.keys(JSON.parse(readDist('dane/wskazniki.json'))[0]));
    expect((programmes.schema.fields as Json[]).map((f) => f.name)).toEqual(Object.keys(JSON.parse(readDist('dane/programy.json'))[0]));
  });

  it('points at files that exist, with their exact size in bytes', () => {
    for (const r of pkg.resources as Json[]) {
      const file = join(DIST, 'dane', r.path);
      expect(existsSync(file), r.path).toBe(true);
      expect(r.bytes, r.path).toBe(statSync(file).size);
    }
  });

  it('every value of every described file conforms to its declared type and constraints, foreign keys included', () => {
    const data = new Map<string, Record<string, unknown>[]>();
    const problems: string[] = [];
    for (const r of pkg.resources as Json[]) {
      const read = readResource(r, readDist(join('dane', r.path)));
      expect(read.rows.length, r.path).toBeGreaterThan(0);
      data.set(r.name, read.rows);
      problems.push(...read.problems);
    }
    problems.push(...foreignKeyProblems(pkg, data));
    expect(problems).toEqual([]);
    // Cast CSV values equal the JSON export (same data, same types; null where the CSV is empty).
    const json = JSON.parse(readDist('dane/wskazniki.json')) as Json[];
    expect(data.get('wskazniki')).toEqual(json);
  });
});

describe('the checks themselves catch what the rules forbid', () => {
  const values = () => structuredClone((pkg.resources as Json[]).find((r) => r.name === 'wskazniki')!);
  const csv = (lines: string[]) => '\ufeff' + lines.join('\r\n') + '\r\n';
  const header = (values().schema.fields as Json[]).map((f) => f.name).join(',');
  const good = 'p,o,1,,,ind,Label,count,osób,2024,target,12.5,tekst,źródło,/wskazniki/p/ind/';

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
    for (const m of [/relative POSIX path/, /unknown type text/, /duplicate field name/, /enum item "x" is not a valid integer/, /unknown resource nie-ma/]) expect(problems).toMatch(m);
    const data = new Map([['wskazniki', [{ programme: 'nieznany' }]], ['programy', [{ slug: 'inny' }]]]);
    expect(foreignKeyProblems(pkg, data).join()).toMatch(/not found in programy/);
  });
});
