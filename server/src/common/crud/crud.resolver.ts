import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import { actorOf, type Context } from '../../context';
import type { Role } from '../../modules/user/user.entity';
import { Allow } from '../auth/rules';
import { createRecord, deleteRecords, inTransaction, updateRecord, type CrudHooks, type Versioned } from './crud.service';

@ObjectType({ simpleResolvers: true, description: 'What a delete removed.' })
export class DeleteResult {
  @Field(() => [ID], { description: 'Ids of the deleted records (all of them, or none: deletes are all-or-nothing).' })
  deletedIds: string[];
}

/** Row rules of an entity, checked inside the transaction before anything is written. */
export interface CrudGuards<E> {
  create?(ctx: Context, input: Record<string, unknown>): Promise<void>;
  update?(ctx: Context, current: E, patch: Record<string, unknown>): Promise<void>;
  delete?(ctx: Context, rows: E[]): Promise<void>;
}

export interface CrudOptions<E extends object> {
  entity: ClassType<E>;
  /** GraphQL name of the entity, e.g. `Plan` → createPlan / updatePlan / deletePlan. */
  name: string;
  createInput: ClassType;
  patchInput: ClassType;
  /** Who may call the three mutations. */
  roles: readonly Role[];
  hooks?: CrudHooks<E>;
  guards?: CrudGuards<E>;
}

/** createX(input), updateX(id, version, patch), deleteX(ids) for one entity: written once. */
export function crudResolver<E extends ObjectLiteral & Versioned>(opts: CrudOptions<E>): ClassType {
  const { entity, name, createInput, patchInput, hooks, guards, roles } = opts;

  @Resolver(() => entity)
  class CrudResolver {
    @Allow(roles, `create${name}`)
    @Mutation(() => entity, { name: `create${name}`, description: `Create a ${name}. Invalid input is refused with BAD_USER_INPUT and the path of each bad field; nothing is written.` })
    create(@Arg('input', () => createInput, { description: 'The new record.' }) input: object, @Ctx() ctx: Context) {
      return inTransaction(ctx.dataSource, async (m) => {
        await guards?.create?.({ ...ctx, manager: m }, { ...input });
        return createRecord(m, actorOf(ctx), entity, { ...input }, hooks);
      }, 'input');
    }

    @Allow(roles, `update${name}`)
    @Mutation(() => entity, { name: `update${name}`, description: `Change a ${name}. Send the version you read: a stale version is refused with CONFLICT and nothing changes.` })
    update(
      @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
      @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
      @Arg('patch', () => patchInput, { description: 'Fields to change; omitted fields stay as they are, null clears a nullable field.' }) patch: object,
      @Ctx() ctx: Context,
    ) {
      return inTransaction(ctx.dataSource, (m) =>
        updateRecord(m, actorOf(ctx), entity, id, version, { ...patch }, hooks, 'patch', {
          guard: guards?.update ? (current) => guards.update!({ ...ctx, manager: m }, current, { ...patch }) : undefined,
        }), 'patch');
    }

    @Allow(roles, `delete${name}`)
    @Mutation(() => DeleteResult, { name: `delete${name}`, description: `Delete ${name} records and what they own, all in one transaction; refused with CONFLICT while other records still refer to them.` })
    async delete(@Arg('ids', () => [ID], { description: 'Ids to delete.' }) ids: string[], @Ctx() ctx: Context) {
      const deleted = await inTransaction(ctx.dataSource, (m) =>
        deleteRecords(m, actorOf(ctx), entity, ids, hooks, guards?.delete ? (rows) => guards.delete!({ ...ctx, manager: m }, rows) : undefined), 'ids');
      return { deletedIds: deleted.map(String) };
    }
  }
  Object.defineProperty(CrudResolver, 'name', { value: `${name}CrudResolver` });
  return CrudResolver;
}
