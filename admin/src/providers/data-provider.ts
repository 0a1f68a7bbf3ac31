import {
  isListType,
  isNonNullType,
  getNamedType,
  type GraphQLField,
} from 'graphql';
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { gql } from './graphql';
import { RESOURCES, type ResourceDef } from './resources';
import { enumValues, inputFields, pickInput, scalarFields, schema } from './schema';

const queryFields = () => schema.getQueryType()!.getFields();
const mutationFields = () => schema.getMutationType()!.getFields();

interface Resolved {
  def: ResourceDef;
  listField: GraphQLField<unknown, unknown>;
  connection: boolean;
  filterType?: string;
  orderType?: string;
  orderEnum?: string;
  oneField?: string;
  createField?: string;
  createInput?: string;
  updateField?: string;
  patchInput?: string;
  deleteField?: string;
}

const cache = new Map<string, Resolved>();

function argType(field: GraphQLField<unknown, unknown> | undefined, arg: string): string | undefined {
  const a = field?.args.find((x) => x.name === arg);
  return a ? getNamedType(a.type).name : undefined;
}

function resolve(resource: string): Resolved {
  const known = cache.get(resource);
  if (known) return known;
  const def = RESOURCES[resource];
  const listField = queryFields()[resource];
  if (!def || !listField) throw new Error(`Unknown resource "${resource}"`);
  const ret = isNonNullType(listField.type) ? listField.type.ofType : listField.type;
  const connection = !isListType(ret);
  const orderType = argType(listField, 'orderBy');
  const orderEnum = orderType ? `${orderType}Field` : undefined;
  const single = def.type.charAt(0).toLowerCase() + def.type.slice(1);
  const q = queryFields();
  const m = mutationFields();
  const create = m[`create${def.type}`];
  const update = m[`update${def.type}`];
  const r: Resolved = {
    def,
    listField,
    connection,
    filterType: argType(listField, 'filter'),
    orderType,
    orderEnum,
    oneField: q[single]?.args.some((a) => a.name === 'id') ? single : undefined,
    createField: create ? create.name : undefined,
    createInput: argType(create, 'input'),
    updateField: update ? update.name : undefined,
    patchInput: argType(update, 'patch'),
    deleteField: m[`delete${def.type}`] ? `delete${def.type}` : undefined,
  };
  cache.set(resource, r);
  return r;
}

function selection(r: Resolved, detail = false, extra?: string): string {
  return [...scalarFields(r.def.type), r.def.select ?? '', detail ? r.def.detail ?? '' : '', extra ?? ''].join(' ');
}

/** camelCase → CAMEL_CASE, if the order enum has it. */
function orderFor(r: Resolved, field?: string, order?: string) {
  if (!field || !r.orderEnum) return undefined;
  const name = field === 'name' || field === 'nameVi' ? 'NAME' : field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const values = enumValues(r.orderEnum);
  if (!values.includes(name)) return undefined;
  return [{ field: name, direction: order === 'DESC' ? 'DESC' : 'ASC' }];
}

/** react-admin filter values → the list's filter input (unknown keys dropped, `q` kept). */
export function toFilter(r: Resolved, filter: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  if (!r.filterType) return undefined;
  const cleaned: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === '' || v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    cleaned[k] = v;
  }
  const picked = pickInput(r.filterType, cleaned);
  return Object.keys(picked).length ? picked : undefined;
}

async function list(resource: string, params: Partial<GetListParams> & { meta?: any }) {
  const r = resolve(resource);
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  const sel = selection(r, !!params.meta?.detail, params.meta?.select);
  if (!r.connection) {
    const data = await gql(`query { ${resource} { ${sel} } }`);
    let rows: RaRecord[] = data[resource];
    const q = String(params.filter?.q ?? '').toLowerCase();
    if (q) rows = rows.filter((x) => JSON.stringify(x).toLowerCase().includes(q));
    const f = params.sort?.field;
    if (f) rows = [...rows].sort((a, b) => (a[f] > b[f] ? 1 : a[f] < b[f] ? -1 : 0) * (params.sort?.order === 'DESC' ? -1 : 1));
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  }
  const vars: Record<string, unknown> = { first: Math.min(perPage, 500), offset: (page - 1) * perPage };
  const defs = ['$first: Int', '$offset: Int'];
  const args = ['first: $first', 'offset: $offset'];
  const filter = toFilter(r, params.filter);
  if (filter) {
    vars.filter = filter;
    defs.push(`$filter: ${r.filterType}`);
    args.push('filter: $filter');
  }
  const orderBy = orderFor(r, params.sort?.field, params.sort?.order);
  if (orderBy) {
    vars.orderBy = orderBy;
    defs.push(`$orderBy: [${r.orderType}!]`);
    args.push('orderBy: $orderBy');
  }
  if (r.listField.args.some((a) => a.name === 'direction') && params.sort?.order) {
    vars.direction = params.sort.order === 'ASC' ? 'ASC' : 'DESC';
    defs.push('$direction: SortDirection!');
    args.push('direction: $direction');
  }
  const data = await gql(`query List(${defs.join(', ')}) { ${resource}(${args.join(', ')}) { totalCount nodes { ${sel} } } }`, vars);
  return { data: data[resource].nodes as RaRecord[], total: data[resource].totalCount as number };
}

/** Only what changed, and only fields the patch type accepts. */
export function diffPatch(patchType: string, data: Record<string, unknown>, previous: Record<string, unknown> = {}) {
  const fields = inputFields(patchType);
  const changed: Record<string, unknown> = {};
  for (const key of fields.keys()) {
    if (!(key in data)) continue;
    const a = data[key];
    const b = previous[key];
    const same = (a ?? null) === (b ?? null) || ((a === '' || a == null) && b == null) || JSON.stringify(a) === JSON.stringify(b);
    if (!same) changed[key] = a;
  }
  const picked = pickInput(patchType, changed);
  // a cleared value is sent as null so the server clears it
  for (const key of Object.keys(changed)) if (!(key in picked) && (changed[key] === '' || changed[key] == null)) picked[key] = null;
  return picked;
}

export interface DxDataProvider extends DataProvider {
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export const dataProvider: DxDataProvider = {
  getList: (resource, params) => list(resource, params) as any,

  async getOne(resource, params) {
    const r = resolve(resource);
    const sel = selection(r, params.meta?.detail !== false, params.meta?.select);
    if (r.oneField) {
      const data = await gql(`query One($id: ID) { ${r.oneField}(id: $id) { ${sel} } }`, { id: String(params.id) });
      if (!data[r.oneField]) throw Object.assign(new Error('dx.errors.not_found'), { status: 404 });
      return { data: data[r.oneField] };
    }
    const { data } = await list(resource, { filter: { ids: [String(params.id)] }, pagination: { page: 1, perPage: 1 }, meta: { detail: true } });
    const found = data.find((x) => String(x.id) === String(params.id));
    if (!found) throw Object.assign(new Error('dx.errors.not_found'), { status: 404 });
    return { data: found as any };
  },

  async getMany(resource, params) {
    const ids = [...new Set(params.ids.map(String))];
    if (!ids.length) return { data: [] };
    const { data } = await list(resource, { filter: { ids }, pagination: { page: 1, perPage: Math.min(ids.length, 500) }, meta: params.meta });
    return { data: data as any };
  },

  async getManyReference(resource, params) {
    return list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }) as any;
  },

  async create(resource, params) {
    const r = resolve(resource);
    if (!r.createField || !r.createInput) throw new Error(`No create for ${resource}`);
    const input = pickInput(r.createInput, params.data as Record<string, unknown>);
    const payload = r.def.type === 'ApiToken' ? `apiToken { ${selection(r)} } token` : selection(r);
    const data = await gql(`mutation Create($input: ${r.createInput}!) { ${r.createField}(input: $input) { ${payload} } }`, { input });
    const created = data[r.createField];
    if (r.def.type === 'ApiToken') return { data: { ...created.apiToken, token: created.token } };
    return { data: created };
  },

  async update(resource, params) {
    const r = resolve(resource);
    if (!r.updateField || !r.patchInput) throw new Error(`No update for ${resource}`);
    const previous = (params.previousData ?? {}) as Record<string, unknown>;
    const patch = diffPatch(r.patchInput, params.data as Record<string, unknown>, previous);
    const version = Number(previous.version ?? (params.data as any).version);
    const data = await gql(
      `mutation Update($id: ID!, $version: Int!, $patch: ${r.patchInput}!) { ${r.updateField}(id: $id, version: $version, patch: $patch) { ${selection(r, true)} } }`,
      { id: String(params.id), version, patch },
    );
    return { data: data[r.updateField] };
  },

  async updateMany(resource, params) {
    const ids: string[] = [];
    for (const id of params.ids) {
      const { data } = await dataProvider.getOne(resource, { id });
      await dataProvider.update(resource, { id, data: { ...data, ...params.data }, previousData: data });
      ids.push(String(id));
    }
    return { data: ids };
  },

  async delete(resource, params) {
    const r = resolve(resource);
    if (!r.deleteField) throw new Error(`No delete for ${resource}`);
    await gql(`mutation Delete($ids: [ID!]!) { ${r.deleteField}(ids: $ids) { deletedIds } }`, { ids: [String(params.id)] });
    return { data: params.previousData ?? ({ id: params.id } as any) };
  },

  async deleteMany(resource, params) {
    const r = resolve(resource);
    if (!r.deleteField) throw new Error(`No delete for ${resource}`);
    const data = await gql(`mutation Delete($ids: [ID!]!) { ${r.deleteField}(ids: $ids) { deletedIds } }`, { ids: params.ids.map(String) });
    return { data: data[r.deleteField].deletedIds };
  },

  gql: (query, variables) => gql(query, variables),
};

/** Whether react-admin can create / edit / delete a resource at all (the API decides). */
export function capabilities(resource: string) {
  const r = resolve(resource);
  return { create: !!r.createField, edit: !!r.updateField, delete: !!r.deleteField };
}
