import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { ResolverData } from 'type-graphql';
import { BadInputError, type FieldProblem } from './errors';

/**
 * class-validator looks up a class's rules anew on every validation: it tests the class against
 * every class that has rules (`instanceof`, for inherited ones), filters them and groups them by
 * property (typestack/class-validator#2686, open). The rules of a class are fixed once its module
 * has loaded, so each lookup is remembered — per class and options, in a WeakMap — and forgotten
 * whenever a rule is added. `validateSync` of the benchmark's write input (CreateMeasurementInput,
 * the whole schema loaded) took 11.4 µs before, 7.5 µs after (bench/FINDINGS.md, "Twelfth sitting").
 */
function rememberRuleLookups(): void {
  type Storage = ReturnType<typeof getMetadataStorage> & {
    getTargetValidationMetadatas(target: Function, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadata[];
    groupByPropertyName(metadata: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
    addValidationMetadata(metadata: ValidationMetadata): void;
    [REMEMBERED]?: true;
  };
  const storage = getMetadataStorage() as Storage;
  if (storage[REMEMBERED]) return;
  storage[REMEMBERED] = true;
  let lookups = new WeakMap<Function, Map<string, ValidationMetadata[]>>();
  let groupings = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // A schema by name (not used here) is looked up as before.
    if (typeof target !== 'function' || schema !== undefined) return lookup(target, schema, always, strictGroups, groups);
    // Joined with NUL, not a comma: the groups ["a,b"] and ["a", "b"] must not share a key.
    const key = `${always}|${strictGroups}|${groups?.join('\u0000') ?? ''}`;
    let byOptions = lookups.get(target);
    if (!byOptions) lookups.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  // The executor only reads the grouping (and filters copies of its lists).
  storage.groupByPropertyName = (metadata) => {
    let grouped = groupings.get(metadata);
    if (!grouped) groupings.set(metadata, (grouped = group(metadata)));
    return grouped;
  };
  storage.addValidationMetadata = (metadata) => {
    lookups = new WeakMap();
    groupings = new WeakMap();
    add(metadata);
  };
}
const REMEMBERED = Symbol('dx.rememberedRuleLookups');
rememberRuleLookups();

/**
 * type-graphql calls this for every argument. Failures become one BAD_USER_INPUT error that
 * lists each bad field by its path in the arguments (`["input", "points", 2, "value"]`) and
 * the rule it broke; submitted values are never echoed back.
 */
export function validateArgument(argValue: unknown, _type: unknown, data: ResolverData<object>): void {
  if (argValue == null || typeof argValue !== 'object') return;
  // Imports report each row's problems in their result instead of failing the whole request.
  if (ROW_BY_ROW.has(data.info.fieldName)) return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const argName = argumentName(argValue, data.args as Record<string, unknown>);
  const problems: FieldProblem[] = [];
  for (const [i, value] of values.entries()) {
    if (value == null || typeof value !== 'object') continue;
    // No rule here is asynchronous: the synchronous run skips a promise per rule.
    const errors = validateSync(value as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    collect(errors, Array.isArray(argValue) ? [argName, i] : [argName], problems);
  }
  if (problems.length) {
    throw new BadInputError(`Invalid input: ${problems.map((p) => p.path.join('.')).join(', ')}.`, problems);
  }
}

/** Mutations that validate row by row themselves. */
const ROW_BY_ROW = new Set(['importIndicators', 'importTargets', 'importMeasurements']);

function collect(errors: ValidationError[], prefix: Array<string | number>, out: FieldProblem[]) {
  for (const e of errors) {
    const key = /^\d+$/.test(e.property) ? Number(e.property) : e.property;
    const path = [...prefix, key];
    for (const [reason, message] of Object.entries(e.constraints ?? {})) out.push({ path, message, reason });
    if (e.children?.length) collect(e.children, path, out);
  }
}

function argumentName(value: unknown, args: Record<string, unknown>): string {
  // Most fields take one object argument (`input`, `patch`): no need to compare texts.
  const objects = Object.keys(args).filter((k) => args[k] !== null && typeof args[k] === 'object');
  if (objects.length === 1) return objects[0];
  const json = JSON.stringify(value);
  for (const [name, raw] of Object.entries(args)) if (JSON.stringify(raw) === json) return name;
  return Object.keys(args).find((k) => typeof args[k] === 'object') ?? 'input';
}
