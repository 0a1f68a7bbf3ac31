import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
// The committed public contract: the console is built against exactly what integrators get.
import sdl from '../../../schema/schema.graphql?raw';

export const schema: GraphQLSchema = buildSchema(sdl);

export function hasQuery(name: string): boolean {
  return !!schema.getQueryType()?.getFields()[name];
}

export function hasMutation(name: string): boolean {
  return !!schema.getMutationType()?.getFields()[name];
}

/** Scalar and enum fields of an object type: the default selection of a record. */
export function scalarFields(typeName: string): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!type || !isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((f) => {
      const named = getNamedType(f.type);
      return (isScalarType(named) || isEnumType(named)) && f.args.every((a) => !isNonNullType(a.type));
    })
    .map((f) => f.name);
}

export function enumValues(name: string): string[] {
  const type = schema.getType(name);
  return type && isEnumType(type) ? type.getValues().map((v) => v.name) : [];
}

export interface InputField {
  name: string;
  kind: 'ID' | 'Int' | 'Float' | 'Boolean' | 'String' | 'enum' | 'object' | 'other';
  list: boolean;
  required: boolean;
}

export function inputFields(typeName: string): Map<string, InputField> {
  const out = new Map<string, InputField>();
  const type = schema.getType(typeName);
  if (!type || !isInputObjectType(type)) return out;
  for (const f of Object.values(type.getFields())) {
    out.set(f.name, describeInput(f.name, f.type));
  }
  return out;
}

function describeInput(name: string, t: GraphQLInputType): InputField {
  const required = isNonNullType(t);
  const inner = isNonNullType(t) ? t.ofType : t;
  const list = isListType(inner);
  const named = getNamedType(t);
  let kind: InputField['kind'] = 'other';
  if (isEnumType(named)) kind = 'enum';
  else if (isInputObjectType(named)) kind = 'object';
  else if (['ID', 'Int', 'Float', 'Boolean', 'String'].includes(named.name)) kind = named.name as InputField['kind'];
  return { name, kind, list, required };
}

/** Coerce a form or filter value to what the input field accepts; undefined drops it. */
export function coerce(field: InputField, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === '' || value === null) return field.required ? undefined : null;
  if (field.list) {
    const arr = Array.isArray(value) ? value : [value];
    return arr.map((v) => coerce({ ...field, list: false, required: true }, v)).filter((v) => v !== undefined);
  }
  switch (field.kind) {
    case 'ID':
      return String(value);
    case 'Int': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      return Number.isFinite(n) ? Math.trunc(n) : undefined;
    }
    case 'Float': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'Boolean':
      return value === true || value === 'true';
    case 'String':
      return String(value);
    default:
      return value;
  }
}

/** Keep only the keys an input type has, coerced to their types. */
export function pickInput(typeName: string, values: Record<string, unknown>): Record<string, unknown> {
  const fields = inputFields(typeName);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const f = fields.get(key);
    if (!f) continue;
    const v = coerce(f, value);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
