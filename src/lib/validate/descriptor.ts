/**
 * The Data Package descriptor, read strictly. Whatever the validator cannot enforce (an unknown
 * type, constraint, format or CSV dialect) is a problem, never silently skipped: a contract the
 * validator does not understand is a contract nobody checks.
 */
import { problemAt, type Problem } from './problem.ts';

export const FIELD_TYPES = ['string', 'integer', 'number', 'date', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  enum?: (string | number)[];
  pattern?: string;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
}

export interface FieldSchema {
  name: string;
  type: FieldType;
  /** `uri` on a string: an absolute URL; otherwise `default`. */
  format: 'default' | 'uri';
  constraints: Constraints;
}

export interface ForeignKey {
  fields: string[];
  /** Resource name; the empty string means the resource itself, as the spec says. */
  resource: string;
  referenceFields: string[];
}

export interface ResourceSchema {
  name: string;
  /** Path of the CSV file, relative to the data folder. */
  path: string;
  fields: FieldSchema[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  missingValues: string[];
}

export interface Descriptor {
  resources: ResourceSchema[];
}

const KNOWN_CONSTRAINTS = new Set([
  'required',
  'unique',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
]);
/** Field properties that only document; anything else would change how values are read. */
const DOCUMENTING_FIELD_KEYS = new Set([
  'name',
  'type',
  'format',
  'constraints',
  'title',
  'description',
  'example',
  'rdfType',
]);

type Json = unknown;
const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: Json): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');
const asList = (x: Json): Json[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Line and column of a character offset in a string (for JSON syntax errors). */
function placeOfOffset(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length, column: [...(before[before.length - 1] ?? '')].length + 1 };
}

export interface ParsedDescriptor {
  descriptor?: Descriptor;
  problems: Problem[];
}

/** Parse and check `datapackage.json`; problems name the JSON path of what is wrong. */
export function parseDescriptor(file: string, text: string): ParsedDescriptor {
  const problems: Problem[] = [];
  // Shape problems have no cell to point at: they name the JSON path and sit on line 1.
  const bad = (path: string, message: string, expected: string) =>
    problems.push(problemAt({ file, line: 1, column: 1 }, path, message, expected));

  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const place = at ? placeOfOffset(text.replace(/^\uFEFF/, ''), Number(at[1])) : undefined;
    problems.push(
      problemAt(
        { file, line: place?.line ?? 1, column: place?.column ?? 1 },
        '(json)',
        `not valid JSON: ${message}`,
        'a JSON Data Package descriptor',
      ),
    );
    return { problems };
  }
  if (!isObject(json) || !Array.isArray(json.resources)) {
    bad('resources', 'descriptor has no "resources" list', 'a Data Package with resources');
    return { problems };
  }

  const resources: ResourceSchema[] = [];
  json.resources.forEach((r: Json, ri) => {
    const at = `resources[${ri}]`;
    if (!isObject(r) || typeof r.name !== 'string' || !isObject(r.schema)) {
      bad(at, 'resource without a name or a schema', 'a tabular data resource');
      return;
    }
    const path = r.path;
    if (
      typeof path !== 'string' ||
      !/^[\w.-]+(\/[\w.-]+)*$/.test(path) ||
      /(^|\/)\.\.?(\/|$)/.test(path)
    ) {
      bad(
        `${at}.path`,
        `path ${JSON.stringify(path)} is not a file inside the data folder`,
        'a relative path such as claims.csv',
      );
      return;
    }
    if (r.format !== undefined && r.format !== 'csv')
      bad(`${at}.format`, `format ${JSON.stringify(r.format)} is not supported`, 'csv');
    if (r.encoding !== undefined && String(r.encoding).toLowerCase() !== 'utf-8') {
      bad(`${at}.encoding`, `encoding ${JSON.stringify(r.encoding)} is not supported`, 'utf-8');
    }
    if (r.dialect !== undefined)
      bad(
        `${at}.dialect`,
        'CSV dialects are not supported',
        'no dialect: comma-separated, double-quoted, with a header row',
      );

    const schema = r.schema;
    const fields: FieldSchema[] = [];
    asList(schema.fields).forEach((f, fi) => {
      const fat = `${at}.schema.fields[${fi}]`;
      if (!isObject(f) || typeof f.name !== 'string') {
        bad(fat, 'field without a name', 'an object with name and type');
        return;
      }
      let type = f.type ?? 'string';
      if (!FIELD_TYPES.includes(type as FieldType)) {
        bad(
          `${fat}.type`,
          `type ${JSON.stringify(type)} of ${f.name} is not supported by this validator`,
          FIELD_TYPES.join(', '),
        );
        type = 'string'; // keep the column known, so the header is not reported as well
      }
      const format = f.format ?? 'default';
      if (format !== 'default' && !(format === 'uri' && type === 'string')) {
        bad(
          `${fat}.format`,
          `format ${JSON.stringify(format)} of ${f.name} is not supported`,
          'default, or uri on a string',
        );
      }
      for (const key of Object.keys(f)) {
        if (!DOCUMENTING_FIELD_KEYS.has(key))
          bad(
            `${fat}.${key}`,
            `field property ${key} of ${f.name} is not supported`,
            [...DOCUMENTING_FIELD_KEYS].join(', '),
          );
      }
      const given = f.constraints ?? {};
      if (!isObject(given)) bad(`${fat}.constraints`, 'constraints is not an object', 'an object');
      const c = isObject(given) ? given : {};
      for (const key of Object.keys(c)) {
        if (!KNOWN_CONSTRAINTS.has(key))
          bad(
            `${fat}.constraints.${key}`,
            `constraint ${key} of ${f.name} is not supported`,
            [...KNOWN_CONSTRAINTS].join(', '),
          );
      }
      if (c.pattern !== undefined) {
        try {
          new RegExp(String(c.pattern), 'u');
        } catch {
          bad(
            `${fat}.constraints.pattern`,
            `pattern of ${f.name} is not a valid regular expression`,
            'a regular expression',
          );
        }
      }
      if (c.enum !== undefined && !Array.isArray(c.enum))
        bad(`${fat}.constraints.enum`, 'enum is not a list', 'a list of values');
      fields.push({
        name: f.name,
        type: type as FieldType,
        format: format === 'uri' ? 'uri' : 'default',
        constraints: c as Constraints,
      });
    });
    if (fields.length === 0)
      bad(`${at}.schema.fields`, `resource ${r.name} has no fields`, 'a list of fields');
    const names = new Set(fields.map((f) => f.name));
    const checkNames = (where: string, list: string[]) => {
      for (const n of list)
        if (!names.has(n)) bad(where, `${n} is not a field of ${r.name}`, [...names].join(', '));
    };

    const primaryKey = asList(schema.primaryKey).filter((x): x is string => typeof x === 'string');
    checkNames(`${at}.schema.primaryKey`, primaryKey);

    const foreignKeys: ForeignKey[] = [];
    asList(schema.foreignKeys).forEach((fk, ki) => {
      const kat = `${at}.schema.foreignKeys[${ki}]`;
      const fkFields = asList(isObject(fk) ? fk.fields : undefined);
      const ref = isObject(fk) ? fk.reference : undefined;
      const refFields = asList(isObject(ref) ? ref.fields : undefined);
      if (
        !isObject(ref) ||
        typeof ref.resource !== 'string' ||
        !isStringArray(fkFields) ||
        !isStringArray(refFields) ||
        fkFields.length === 0 ||
        fkFields.length !== refFields.length
      ) {
        bad(
          kat,
          'malformed foreign key',
          'fields and reference.fields of equal length, and reference.resource',
        );
        return;
      }
      checkNames(`${kat}.fields`, fkFields);
      foreignKeys.push({ fields: fkFields, resource: ref.resource, referenceFields: refFields });
    });

    const missing = schema.missingValues ?? [''];
    resources.push({
      name: r.name,
      path,
      fields,
      primaryKey,
      foreignKeys,
      missingValues: isStringArray(missing) ? missing : [''],
    });
  });

  // Foreign keys must point at a resource and fields that exist.
  for (const r of resources) {
    for (const fk of r.foreignKeys) {
      const target = fk.resource === '' ? r : resources.find((x) => x.name === fk.resource);
      if (!target) {
        bad(
          `resources(${r.name}).schema.foreignKeys`,
          `foreign key points at unknown resource ${fk.resource}`,
          resources.map((x) => x.name).join(', '),
        );
        continue;
      }
      for (const n of fk.referenceFields) {
        if (!target.fields.some((f) => f.name === n))
          bad(
            `resources(${r.name}).schema.foreignKeys`,
            `foreign key points at unknown field ${target.name}.${n}`,
            target.fields.map((f) => f.name).join(', '),
          );
      }
    }
  }
  return { descriptor: { resources }, problems };
}
